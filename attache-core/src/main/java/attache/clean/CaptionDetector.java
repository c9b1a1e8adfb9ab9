package attache.clean;

import attache.lexicon.BoilerplateLexicon;
import attache.lexicon.BoilerplateLexicon.Use;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions that stand in the text as paragraphs of their own. A paragraph is a caption
 * when, being short and free of reporting words and quotation marks (a caption describes, it does
 * not report), it either
 * <ul>
 *   <li>opens like one ("In this file photo, …", "Photo shows …"), or</li>
 *   <li>ends with a photo credit ("(AP Photo/…)") and has a caption verb ("speaks", "poses") or a
 *       cue (below), or</li>
 *   <li>ends with an agency credit ("(Yonhap)") and has a caption verb and a cue: a full date with
 *       the year ("on Oct. 7, 2019") or a position ("(L)"). A body paragraph can end with an
 *       agency credit too, so this path asks for the most evidence.</li>
 * </ul>
 * The whole paragraph, credit included, becomes one {@link BoilerplateKind#CAPTION} span.
 */
final class CaptionDetector implements SpanDetector {

    /** Captions are a sentence or two; longer paragraphs are body. */
    static final int MAX_CAPTION = 500;

    private final Pattern opening;
    private final Pattern verb;
    private final Pattern cue;
    private final Pattern veto;
    private final List<Pattern> photoCredits;
    private final List<Pattern> agencyCredits;

    CaptionDetector(BoilerplateLexicon lexicon) {
        this.opening = lexicon.anyOf(Use.CAPTION_OPENING);
        this.verb = lexicon.anyOf(Use.CAPTION_VERB);
        this.cue = lexicon.anyOf(Use.CAPTION_CUE);
        this.veto = lexicon.anyOf(Use.CAPTION_VETO);
        this.photoCredits = inlineRules(lexicon, BoilerplateKind.PHOTO_CREDIT);
        this.agencyCredits = inlineRules(lexicon, BoilerplateKind.AGENCY_CREDIT);
    }

    @Override
    public List<Boilerplate> detect(String text) {
        List<Boilerplate> out = new ArrayList<>();
        for (TextSpan paragraph : TextBlocks.paragraphs(text)) {
            String content = paragraph.of(text);
            if (content.length() <= MAX_CAPTION && isCaption(content)) {
                out.add(new Boilerplate(paragraph, BoilerplateKind.CAPTION, content));
            }
        }
        return out;
    }

    private boolean isCaption(String paragraph) {
        Optional<Integer> photoCredit = creditStart(paragraph, photoCredits);
        Optional<Integer> agencyCredit = creditStart(paragraph, agencyCredits);
        // Look for evidence before the credit: an agency name must not count as the caption itself.
        String described = paragraph.substring(0, photoCredit.or(() -> agencyCredit).orElse(paragraph.length()));
        if (described.isBlank() || veto.matcher(described).find()) {
            return false;
        }
        if (opening.matcher(described).lookingAt()) {
            return true;
        }
        boolean hasVerb = verb.matcher(described).find();
        boolean hasCue = cue.matcher(described).find();
        if (photoCredit.isPresent()) {
            return hasVerb || hasCue;
        }
        return agencyCredit.isPresent() && hasVerb && hasCue;
    }

    /** Where a credit that closes the paragraph begins, if one does. */
    private static Optional<Integer> creditStart(String paragraph, List<Pattern> credits) {
        for (Pattern credit : credits) {
            Matcher m = credit.matcher(paragraph);
            while (m.find()) {
                if (m.end() == paragraph.length() && m.start() > 0) {
                    return Optional.of(m.start());
                }
            }
        }
        return Optional.empty();
    }

    private static List<Pattern> inlineRules(BoilerplateLexicon lexicon, BoilerplateKind kind) {
        return lexicon.rules(Use.INLINE).stream()
                .filter(r -> r.kind().orElseThrow() == kind)
                .map(BoilerplateLexicon.Rule::pattern)
                .toList();
    }
}
