package attache.clean;

import attache.ingest.InputException;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageCheckTest {

    private final LanguageCheck check = LanguageCheck.english();

    private static AnalyzedArticle doc(String text) {
        return AnalyzedArticle.of(new Article("x", null, LocalDate.of(2020, 5, 1), null, text, "x.txt"))
                .withBoilerplate(List.of(), Optional.empty());
    }

    @Test
    void passes_english_news() {
        AnalyzedArticle in = doc("The foreign minister said on Friday that the two governments had agreed to "
                + "resume talks in the capital next month, and that a joint statement would follow after the "
                + "meeting of their delegations.");
        assertSame(in, check.apply(in));
    }

    @Test
    void passes_an_english_results_table() {
        AnalyzedArticle in = doc("HOCKEY - NORDIC LEAGUE RESULTS .\nOSLO 1997-02-11\nResults of Nordic league games "
                + "played on Tuesday :\nValerenga Oslo 3 Frisk Asker 2\nStorhamar Hamar 1 Lillehammer 1\nSparta "
                + "Sarpsborg 4 Stjernen Fredrikstad 0\nStavanger Oilers 2 Lorenskog 5");
        assertSame(in, check.apply(in));
    }

    @Test
    void refuses_german_text() {
        InputException e = assertThrows(InputException.class, () -> check.apply(doc("Der Außenminister sagte am "
                + "Freitag, dass die beiden Regierungen vereinbart hätten, die Gespräche im nächsten Monat in der "
                + "Hauptstadt fortzusetzen, und dass danach eine gemeinsame Erklärung folgen werde.")));
        assertTrue(e.reason().startsWith("not in English: it reads as 'de'"), e.reason());
    }

    @Test
    void refuses_text_in_another_script() {
        InputException e = assertThrows(InputException.class, () -> check.apply(doc("외교부 장관은 금요일 양국 정부가 "
                + "다음 달 수도에서 회담을 재개하기로 합의했다고 말했다.")));
        assertTrue(e.reason().contains("hangul"), e.reason());
    }

    @Test
    void refuses_an_article_with_no_body_left() {
        InputException e = assertThrows(InputException.class, () -> check.apply(doc("   \n\n  ")));
        assertTrue(e.reason().startsWith("no article text"), e.reason());
    }
}
