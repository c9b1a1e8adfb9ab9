package attache.lexicon;

import attache.lexicon.BoilerplateLexicon.Use;
import attache.model.BoilerplateKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateLexiconTest {

    private static BoilerplateLexicon parse(String tsv) throws IOException {
        return BoilerplateLexicon.parse(new StringReader(tsv), "test.tsv");
    }

    @Test
    void bundled_lexicon_has_rows_for_every_use_but_define() {
        BoilerplateLexicon lexicon = BoilerplateLexicon.bundled();
        for (Use use : Use.values()) {
            assertEquals(use == Use.DEFINE, lexicon.rules(use).isEmpty(), use.name());
        }
    }

    @Test
    void expands_use_macros_keeping_their_own_case_sensitivity() throws IOException {
        BoilerplateLexicon lexicon = parse("agency\t-\t-\tAP\nline\tagency_credit\ti\tcredit:\\s*{agency}\n");
        var rule = lexicon.rules(Use.LINE).get(0);
        assertEquals(BoilerplateKind.AGENCY_CREDIT, rule.kind().orElseThrow());
        assertTrue(rule.pattern().matcher("CREDIT: AP").matches());
        assertFalse(rule.pattern().matcher("credit: ap").matches());
    }

    @Test
    void expands_defines_in_any_order() throws IOException {
        BoilerplateLexicon lexicon = parse("line\tbyline\t-\tBy {who}\ndefine\twho\t-\t[A-Z][a-z]+\n");
        assertTrue(lexicon.rules(Use.LINE).get(0).pattern().matcher("By Kim").matches());
    }

    @Test
    void rejects_a_bad_pattern_naming_its_line() {
        var e = assertThrows(IllegalArgumentException.class, () -> parse("# comment\n\nline\tcopyright\ti\t(oops\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:3"), e.getMessage());
    }

    @Test
    void rejects_an_unknown_use_kind_or_macro() {
        assertThrows(IllegalArgumentException.class, () -> parse("lines\tcopyright\ti\tx\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("line\tfooter\ti\tx\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("line\tcopyright\ti\t{nowhere}\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("agency\tcopyright\t-\tAP\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("line\tcopyright\tx\tAP\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("line\tcopyright\ti\n"));
    }

    @Test
    void rejects_a_macro_cycle() {
        assertThrows(IllegalArgumentException.class,
                () -> parse("define\ta\t-\t{b}\ndefine\tb\t-\t{a}\nline\tother\t-\t{a}\n"));
    }
}
