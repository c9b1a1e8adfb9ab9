package attache.actors;

import attache.model.Token;

import java.util.Locale;
import java.util.Set;

/** Pronouns that stand for a person. */
final class Pronouns {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

    private Pronouns() {
    }

    private static final Set<String> NEUTER = Set.of("it", "its", "itself");

    /** "it" and "its", which in news stand for a state or a body ("the ministry said it would …"). */
    static boolean isNeuter(Token token) {
        return token.pos().startsWith("PRP") && NEUTER.contains(token.text().toLowerCase(Locale.ROOT));
    }

    static boolean isPersonal(Token token) {
        return token.pos().startsWith("PRP") && PERSONAL.contains(token.text().toLowerCase(Locale.ROOT));
    }
}
