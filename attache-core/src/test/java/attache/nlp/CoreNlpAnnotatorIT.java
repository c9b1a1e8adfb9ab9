package attache.nlp;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.EntityType;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;
import attache.testing.Models;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpAnnotatorIT {

    private static final String TEXT = "Foreign Minister Ana Silva arrived in Lisbon on Friday. She met officials of "
            + "the World Bank there.\n\nPhoto: Example Wire";

    private static AnalyzedArticle analyse() {
        int credit = TEXT.indexOf("Photo:");
        Article a = new Article("it", null, LocalDate.of(2020, 5, 4), null, TEXT, "it");
        AnalyzedArticle in = AnalyzedArticle.of(a).withBoilerplate(List.of(new Boilerplate(
                new TextSpan(credit, TEXT.length()), BoilerplateKind.PHOTO_CREDIT, TEXT.substring(credit))),
                Optional.empty());
        return new CoreNlpAnnotator(Models.engine()).apply(in);
    }

    @Test
    void tokens_point_at_their_original_characters() {
        AnalyzedArticle out = analyse();
        assertEquals(2, out.sentences().size());
        for (Sentence s : out.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), t.span().of(TEXT));
                assertFalse(t.lemma().isEmpty());
            }
            assertTrue(s.dependencies().stream().anyMatch(d -> d.relation().equals("root")));
        }
    }

    @Test
    void boilerplate_is_not_analysed() {
        AnalyzedArticle out = analyse();
        int credit = TEXT.indexOf("Photo:");
        assertTrue(out.sentences().stream().allMatch(s -> s.span().end() <= credit));
    }

    @Test
    void finds_names_but_not_pronouns() {
        AnalyzedArticle out = analyse();
        List<String> names = out.nerMentions().stream().map(m -> m.text() + "/" + m.type()).toList();
        assertTrue(names.contains("Ana Silva/" + EntityType.PERSON), names.toString());
        assertTrue(names.contains("Lisbon/" + EntityType.LOCATION), names.toString());
        assertTrue(names.contains("World Bank/" + EntityType.ORGANIZATION), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("She/")), names.toString());
    }

    @Test
    void tags_dates_against_the_publication_date() {
        AnalyzedArticle out = analyse();
        assertEquals(1, out.rawTimes().size());
        assertEquals("Friday", out.rawTimes().get(0).text());
        assertTrue(out.rawTimes().get(0).value().startsWith("2020-05"), out.rawTimes().get(0).value());
    }
}
