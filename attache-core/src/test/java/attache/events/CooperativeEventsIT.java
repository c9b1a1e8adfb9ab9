package attache.events;

import attache.model.Article;
import attache.model.Event;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cooperative families of the predicate lexicon (CAMEO roots 03-08) through the real parser, on
 * sentences written for these tests: which act each construction codes, and what it must not code.
 * Parsed by CoreNLP, because which arcs a construction gets (a measure phrase, a particle, a
 * conjoined modifier) is what the rows depend on.
 */
class CooperativeEventsIT {

    private static final Pipeline PIPELINE = Models.pipeline();

    private static List<Event> code(String text) {
        return PIPELINE.apply(new Article("coop", "", LocalDate.parse("2021-03-15"), "", text, "test")).events()
                .stream().filter(e -> !e.negated()).toList();
    }

    private static String show(List<Event> events) {
        return events.stream().map(e -> e.type() + ":" + e.cameo().code() + ":" + e.source().actor().code() + ">"
                + e.target().map(t -> t.actor().code()).orElse("-")).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # giving material help: the object decides
            Norway donated 300 tonnes of medicine to Sudan last week.                          | 073  | AID       | NORGOV>SDNGOV
            Swedish doctors handed over two tonnes of medical supplies to a hospital in Yemen. | 073  | AID       |
            Britain is providing satellite images and military intelligence to Kenya.         | 072  | AID       | GBRGOV>KENGOV
            Germany sent 50 tonnes of food to Haiti on Monday.                                 | 073  | AID       | DEUGOV>HTIGOV
            Japan's delivery of 10,000 tonnes of grain to Somalia began on Monday.             | 073  | AID       | JPNGOV>SOMGOV
            The rebels handed over 40 prisoners to the Red Cross on Sunday.                    | 0841 | RETREAT   |
            The militia returned the seized weapons to Ugandan soldiers on Friday.            | 0842 | RETREAT   |
            Libya offered to hand over two of its nationals to Britain.                       | 0353 | AGREE     |
            Hundreds of rebel fighters have been demobilized since the accord.                | 0873 | RETREAT   |
            # peacekeepers, refuge, evacuation
            A battalion of Irish peacekeepers arrived in Lebanon on Monday.                    | 074  | AID       | IRLMIL>LBNGOV
            Ghanaian peacekeeping troops landed in Liberia on Friday.                          | 074  | AID       | GHAMIL>LBRGOV
            Canada extended the mandate of its peacekeepers in Haiti by six months.            | 074  | AID       | CANGOV>HTIGOV
            Jordan opened its borders to refugees fleeing Syria.                               | 075  | AID       |
            Algeria opened its border to Malian refugees on Sunday.                            | 075  | AID       |
            Chad reopened its border to United Nations peacekeepers on Tuesday.                | 0861 | RETREAT   | TCDGOV>IGOUNOMIL
            Ethiopia received a team of inspectors from the African Union on Monday.           | 0862 | RETREAT   | ETHGOV>IGOAFU
            # cooperation and consultation
            Kenya and Uganda began joint military exercises near their border on Monday.      | 062  | COOPERATE | KENGOV>UGAGOV
            French and Egyptian navies held war games in the Mediterranean on Monday.          | 062  | COOPERATE |
            President Lula gave a warm welcome to the Chinese premier on Wednesday.           | 043  | CONSULT   |
            American and Russian negotiators return to Vienna this week for talks on missiles. | 040 | CONSULT   |
            # concessions, easing, yielding
            Iran offered concessions to France in the talks on Monday.                         | 035  | AGREE     | IRNGOV>FRAGOV
            The Egyptian government eased emergency measures in Cairo on Sunday.               | 081  | CONCEDE   |
            The Kenyan government lifted the nightly curfew in Nairobi on Sunday.              | 0813 | CONCEDE   |
            The military government shortened the curfew in Lagos by two hours.                | 0813 | CONCEDE   |
            Thailand lifted the state of emergency in Bangkok on Monday.                       | 0814 | CONCEDE   |
            The junta allowed the opposition leader to hold a rally in the capital.            | 082  | CONCEDE   |
            The court allowed the opposition candidate to run in the presidential election.    | 0811 | CONCEDE   |
            Kenyan teachers postponed their planned demonstration in Nairobi.                  | 082  | CONCEDE   |
            The new Gambian government took steps to expand political freedoms.                | 0811 | CONCEDE   |
            The governor allowed the union to organise a march in the city.                   | 082  | CONCEDE   |
            Israel lifted its blockade of the Lebanese coast on Thursday.                      | 0872 | RETREAT   |
            # intentions
            Ghana and Togo reached a consensus to share water resources on Tuesday.            | 037  | AGREE     | GHAGOV>TGOGOV
            The Sudanese rebels agreed to African Union mediation on Monday.                   | 038  | AGREE     |
            France is ready to contribute 2,000 troops to a peacekeeping force in Mali.        | 0334 | AGREE     | FRAGOV>MLIGOV
            Indonesia will allow 5,000 refugees to return home, officials said.               | 035  | AGREE     |
            Kenya remains committed to resume negotiations with Somalia.                      | 036  | AGREE     | KENGOV>SOMGOV
            Kenya accepted a formula for ending the border dispute with Uganda.               | 030  | AGREE     |
            # what an agreement or consensus is reached or signed to do is planned
            China and Chile signed an agreement to increase trade by 50 percent.              | 0311 | AGREE     | CHNGOV>CHLGOV
            Israel and Jordan reached a consensus to exchange information on water.           | 0314 | AGREE     | ISRGOV>JORGOV
            # a mediation promised is an intent to mediate (039)
            Norway is ready to mediate between Colombia and the rebels.                       | 039  | AGREE     |
            # the aid a promise carries is promised, not given
            Britain promised to continue military aid to Mozambique.                          | 0332 | AGREE     | GBRGOV>MOZGOV
            # an object moved past the recipient is still what is handed over
            Sudan offered to hand over to Egypt two of its citizens.                          | 0353 | AGREE     | SDNGOV>EGYGOV
            # an object described by a reduced relative, misparsed as the participle's subject
            Uganda will hand back land seized from Asian families in 1972.                     | 035  | AGREE     |
            The rebels announced they will return weapons and vehicles seized last month from Nigerian troops. | 035 | AGREE |
            # refugees admitted are given refuge; promised, an intent to aid
            Kenya will admit 2,000 Somali refugees next month, officials said.                | 033  | AGREE     |
            Chad accepted 3,000 refugees from Darfur last week.                                | 075  | AID       |
            # a ceasefire declared is promised (CONCEDE); a unilateral one is in force as declared
            The Tamil rebels declared a ceasefire on Monday.                                   | 0871 | CONCEDE   |
            The Tamil rebels declared a unilateral ceasefire on Monday.                        | 0871 | RETREAT   |
            # a resignation announced is tendered; conjoined verbs share a passive subject
            Peru's defence minister was charged with fraud last week and will resign.         | 0831 | RETREAT   |
            # a bare infinitive parsed as an object is still a clause of the helper's
            Turkey has mobilized business groups in Germany to help support the claims of Azerbaijan. | 051 | SUPPORT |
            # "is committed to" states an intention; "would ... if" in what is said is an offer
            Kenya is committed to withdrawing its troops from Somalia.                         | 0356 | AGREE     |
            The rebels said they would meet the Norwegian envoy if he guaranteed their safety. | 036 | AGREE      |
            # one who says he will forgive forgives
            The opposition leaders said they are willing to forgive President Museveni.       | 056  | SUPPORT   |
            """)
    void codes_the_cooperative_act(String text, String cameo, String type, String dyad) {
        List<Event> events = code(text);
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals(cameo) && e.type().name().equals(type)
                && (dyad == null || dyad.equals(e.source().actor().code() + ">"
                + e.target().map(t -> t.actor().code()).orElse("-")))), show(events));
    }

    @ParameterizedTest(name = "{0} codes no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # what is handed or restored decides: medicine is not a release, a claim is not property
            Swedish doctors handed over two tonnes of medical supplies to a hospital in Yemen. | RETREAT
            Mugabe accused Britain of restoring colonial rule.                                 | RETREAT
            # a press release releases nobody; relief in a title gives nothing
            The Tunisian group issued a press release by its spokesman on Monday.             | RETREAT
            The United Nations Emergency Relief Coordinator spoke in Geneva on Monday.         | AID
            # helping to support is not material help; troops that are not peacekeepers do not bring aid
            Saudi Arabia mobilized lobbyists to help support the rights of Palestinians.      | AID
            Turkish troops arrived in Cyprus on Monday.                                        | AID
            # one country's manoeuvres are no cooperation
            Russia held naval exercises in the Baltic on Monday.                               | COOPERATE
            Britain promised to continue military aid to Mozambique.                          | AID
            China and Chile signed an agreement to increase trade by 50 percent.              | COOPERATE
            Israel and Jordan reached a consensus to exchange information on water.           | COOPERATE
            # a noun compounded onto another is a kind of it, not an event
            United Nations aid convoys reached the town on Monday.                            | AID
            The Red Cross relief coordinator visited the camp on Monday.                      | AID
            # committing an act is doing it, not being committed to it
            Serb forces committed atrocities against Albanian villagers last year.            | THREATEN
            # a consensus is not a signed agreement
            Ghana and Togo reached a consensus to share water resources on Tuesday.            | SUPPORT
            # a mere possibility is no offer; a hostile act that failed is no refusal
            Kenya said it could meet the envoy if he came to Nairobi.                          | AGREE
            The militia failed to capture the town on Sunday.                                  | REJECT
            The Tamil rebels declared a ceasefire on Monday.                                   | RETREAT
            The court ruled that the election was valid.                                       | REJECT
            The question of lifting the embargo on Cuba was discussed in Madrid.              | REJECT
            # committing atrocities is not being committed to them
            Serb forces were committed to the offensive in the north.                          | THREATEN
            """)
    void does_not_code(String text, String type) {
        List<Event> events = code(text);
        assertFalse(events.stream().anyMatch(e -> e.type().name().equals(type)), show(events));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # refusals: what fails, what is opposed, denied or reneged on, what will not be done
            Greece and Turkey failed to reach agreement on the islands on Sunday.             | 127  | REJECT    |
            Ecuador is opposed to Peruvian mediation in the border dispute.                   | 126  | REJECT    | ECUGOV>PERGOV
            Ecuador opposes talks with the rebels.                                             | 125  | REJECT    |
            The Greek government denied a landing permit to the Turkish delegation on Friday. | 120  | REJECT    | GRCGOV>TURGOV
            The Malawian government reneged on its pledge to the donors.                      | 120  | REJECT    |
            Syria says it will not admit any more refugees if fighting resumes.               | 122  | REJECT    |
            # what is ruled out or "out of the question" is refused, by whoever says so
            The United States said that lifting the embargo on Cuba is out of the question.   | 1244 | REJECT    | USAGOV>CUBGOV
            Japan ruled out lifting its sanctions on North Korea.                              | 1244 | REJECT    |
            Peru said releasing the prisoners was out of the question for now.                | 1243 | REJECT    |
            # demands: insisting on, pushing for, a finding or a reminder that someone must act
            The rebels insisted on their demand that Chad's government release the prisoners. | 100  | REQUEST   |
            France issued a sharp reminder to Syria that it must withdraw its troops.          | 100  | REQUEST   | FRAGOV>SYRGOV
            The European Union concluded on Monday that Turkey must reform its courts.        | 100  | REQUEST   |
            Germany is pressing hard for Japan to lift the ban on beef imports.               | 020  | REQUEST   |
            """)
    void codes_the_refusal_or_demand(String text, String cameo, String type, String dyad) {
        codes_the_cooperative_act(text, cameo, type, dyad);
    }

    @ParameterizedTest(name = "{0} -> SUPPORT for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Saudi Arabia mobilized lobbyists to help support the rights of Palestinians.      | PSE
            """)
    void supporting_someones_rights_supports_them(String text, String country) {
        List<Event> events = code(text);
        assertTrue(events.stream().anyMatch(e -> e.type().name().equals("SUPPORT")
                && e.target().map(t -> t.actor().code().startsWith(country)).orElse(false)), show(events));
    }
}
