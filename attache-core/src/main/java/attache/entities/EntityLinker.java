package attache.entities;

import attache.model.AnalyzedArticle;
import attache.model.EntityType;
import attache.model.Layer;
import attache.model.Mention;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;
import attache.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the tagger's mentions into the article's entities, the way a reader keeps track of them:
 * <ol>
 *   <li>a place name directly before an organisation name is part of it ("U.S. State
 *       Department");</li>
 *   <li>a name the tagger found once is the same name wherever else it stands in the body;</li>
 *   <li>a short form is the entity of the full form it abbreviates ("Lee" → "Lee Do-hoon", the
 *       nearest preceding full form when several fit);</li>
 *   <li>every mention of one entity gets the entity's majority type.</li>
 * </ol>
 */
public final class EntityLinker implements Stage {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        List<Mention> mentions = MentionMerger.mergePlaceIntoOrganisation(in.nerMentions(), in.text());
        mentions = propagate(mentions, in.sentences(), in.text());
        mentions = canonicalise(mentions);
        return in.withEntities(unifyTypes(mentions));
    }

    /** Adds the unlabelled occurrences of names the tagger found elsewhere in the article. */
    static List<Mention> propagate(List<Mention> mentions, List<Sentence> sentences, String text) {
        Map<String, EntityType> known = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.text().length() >= 3 && Character.isUpperCase(m.text().codePointAt(0))) {
                known.putIfAbsent(m.text(), m.type());
            }
        }
        List<Mention> added = new ArrayList<>(mentions);
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).pos().startsWith("NNP") || covered(added, tokens.get(i).span())) {
                    continue;
                }
                Mention found = longestKnownAt(tokens, i, known, text, sentence.index(), added);
                if (found != null) {
                    added.add(found);
                }
            }
        }
        added.sort(Comparator.comparing(Mention::span));
        return added;
    }

    private static Mention longestKnownAt(List<Token> tokens, int from, Map<String, EntityType> known,
                                          String text, int sentence, List<Mention> existing) {
        Mention best = null;
        for (int j = from; j < tokens.size() && j < from + 6; j++) {
            TextSpan span = new TextSpan(tokens.get(from).span().start(), tokens.get(j).span().end());
            if (j > from && covered(existing, tokens.get(j).span())) {
                break;
            }
            String surface = span.of(text);
            EntityType type = known.get(surface);
            boolean endsWord = j + 1 >= tokens.size() || !tokens.get(j + 1).pos().startsWith("NNP");
            if (type != null && endsWord) {
                best = new Mention(span, surface, type, sentence, surface);
            }
        }
        return best;
    }

    private static boolean covered(List<Mention> mentions, TextSpan span) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Gives each mention the fullest form of its entity as canonical name. */
    static List<Mention> canonicalise(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention full = fullFormOf(m, mentions, i);
            out.add(m.withCanonical(full == null ? m.text() : full.text(), m.type()));
        }
        return out;
    }

    private static Mention fullFormOf(Mention m, List<Mention> mentions, int index) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < mentions.size(); k++) {
            Mention candidate = mentions.get(k);
            if (!NameForms.abbreviates(m, candidate)) {
                continue;
            }
            // Prefer the nearest full form before the short one, as a reader would; a full form
            // that only comes later counts as further away than any earlier one.
            int distance = k < index ? index - k : mentions.size() + (k - index);
            boolean longer = best != null && candidate.text().length() > best.text().length();
            if (distance < bestDistance || (distance == bestDistance && longer)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Every mention of one canonical entity, and every repeat of one surface, gets one type. */
    static List<Mention> unifyTypes(List<Mention> mentions) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Mention m : mentions) {
            votes.computeIfAbsent(m.canonical(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Map<EntityType, Integer> counts = votes.get(m.canonical());
            EntityType winner = m.type();
            int winnerCount = counts.get(winner);
            for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
                if (e.getValue() > winnerCount) {
                    winner = e.getKey();
                    winnerCount = e.getValue();
                }
            }
            out.add(m.withCanonical(m.canonical(), winner));
        }
        return out;
    }
}
