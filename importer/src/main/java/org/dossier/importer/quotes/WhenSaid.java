package org.dossier.importer.quotes;

import java.util.Comparator;
import java.util.Optional;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeExpressions;

/**
 * When a statement was said, as its attribution tells: a date between the speaker and the cue
 * ("Trump on Saturday urged …", "the minister last week told …") or right after the cue ("said
 * Friday", "told reporters on Thursday", "said last week that …"). A date among the words said is
 * what the statement is about, not when it was said; without a date in the attribution, when it was
 * said is left unknown rather than guessed from the publication.
 */
public final class WhenSaid {

    // "told The Huffington Post on Thursday": room for a listener between the cue and the day.
    private static final int REACH_AFTER_CUE = 40;

    private WhenSaid() {
    }

    /** Offsets are the cleaned text's, as the statement's and the expressions' are. */
    public static Optional<TimeExpression> of(String text, StatementCandidate statement, TimeExpressions dated) {
        if (statement.cueStart() < 0) {
            return Optional.empty();
        }
        Optional<TimeExpression> before = statement.speakerEnd() >= 0 && statement.speakerEnd() <= statement.cueStart()
                ? dated.within(statement.speakerEnd(), statement.cueStart()).stream().filter(e -> e.date().isPresent()).findFirst()
                : Optional.empty();
        return before.or(() -> afterTheCue(text, statement, dated));
    }

    private static Optional<TimeExpression> afterTheCue(String text, StatementCandidate statement, TimeExpressions dated) {
        int from = statement.cueEnd();
        return dated.within(from, Math.min(text.length(), from + REACH_AFTER_CUE)).stream()
                .filter(e -> e.date().isPresent())
                // Reported words hold their own dates; quoted words lie behind a quote mark.
                .filter(e -> statement.direct() || e.end() <= statement.contentStart() || e.start() >= statement.contentEnd())
                .filter(e -> attributionRunsOn(text, from, e.start()))
                .min(Comparator.comparingInt(TimeExpression::start));
    }

    /** No quote mark or end of clause between the cue and the date: it still belongs to the attribution. */
    private static boolean attributionRunsOn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".,;:!?\"\u201C\u201D\n".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
