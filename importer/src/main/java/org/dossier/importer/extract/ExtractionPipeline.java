package org.dossier.importer.extract;

import java.time.LocalDate;
import java.util.List;
import org.dossier.importer.quotes.StatementCandidate;
import org.dossier.importer.quotes.StatementFinder;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.CleanText;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeRecognizer;

/**
 * The extraction, stage by stage: clean the typography (keeping the way back to the original
 * characters); split sentences and tag tokens; find the time expressions and read them against the
 * publication date; find statements and their speakers.
 *
 * <p>Stages still to come (actors, meetings, positions, events) read the same cleaned text and
 * sentences. Thread-safe: stages hold no per-article state.
 */
public class ExtractionPipeline {

    private final TypographyCleaner cleaner = new TypographyCleaner();
    private final Linguistics linguistics = new Linguistics();
    private final TimeRecognizer times = new TimeRecognizer();
    private final StatementFinder statements = new StatementFinder();

    public Extraction extract(String text, LocalDate published) {
        CleanText clean = cleaner.clean(text);
        AnalysedText analysed = linguistics.analyse(clean);
        List<Extraction.Timex> timexes = times.find(clean.text(), published).stream()
                .map(expression -> timex(clean, expression))
                .toList();
        List<Extraction.Statement> said = namePronounSpeakers(statements.find(analysed).stream()
                .map(candidate -> statement(clean, candidate))
                .toList());
        return new Extraction(text, published, timexes, said);
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "him", "her");
    // A speaker someone can be: a name with a capital ("Lavrov", "the Russian foreign minister" is not one yet).
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{L}+\\b(?!.*\\b(?:Department|Ministry|Council|Office|House|Post|Times|News)\\b)");

    /**
     * "he said" names nobody: until the actors stage resolves references, a pronoun speaker takes the
     * name of the last speaker named before it, the usual reading of news prose.
     */
    private static List<Extraction.Statement> namePronounSpeakers(List<Extraction.Statement> said) {
        List<Extraction.Statement> named = new java.util.ArrayList<>(said.size());
        String lastName = null;
        for (Extraction.Statement s : said) {
            if (s.speaker() != null && PRONOUNS.contains(s.speaker().name().toLowerCase(java.util.Locale.ROOT)) && lastName != null) {
                s = new Extraction.Statement(s.text(), s.content(), new Extraction.Speaker(lastName, s.speaker().mention()), s.direct(), s.cue());
            } else if (s.speaker() != null && NAMED.matcher(s.speaker().name()).find()) {
                lastName = s.speaker().name();
            }
            named.add(s);
        }
        return List.copyOf(named);
    }

    private static Extraction.Statement statement(CleanText clean, StatementCandidate candidate) {
        Extraction.Span content = span(clean, candidate.contentStart(), candidate.contentEnd());
        Extraction.Speaker speaker = null;
        if (candidate.hasSpeaker()) {
            Extraction.Span mention = span(clean, candidate.speakerStart(), candidate.speakerEnd());
            speaker = new Extraction.Speaker(clean.original().substring(mention.start(), mention.end()), mention);
        }
        Extraction.Span cue = candidate.cueStart() < 0 ? null : span(clean, candidate.cueStart(), candidate.cueEnd());
        return new Extraction.Statement(clean.original().substring(content.start(), content.end()), content, speaker,
                candidate.direct(), cue);
    }

    /** The original span, without white space at its ends (a cleaned " - " may stand for a run of spaces). */
    private static Extraction.Span span(CleanText clean, int start, int end) {
        int[] original = clean.originalSpan(start, end);
        int from = original[0];
        int to = original[1];
        while (from < to - 1 && Character.isWhitespace(clean.original().charAt(from))) {
            from++;
        }
        while (to > from + 1 && Character.isWhitespace(clean.original().charAt(to - 1))) {
            to--;
        }
        return new Extraction.Span(from, to);
    }

    private static Extraction.Timex timex(CleanText clean, TimeExpression expression) {
        int[] span = clean.originalSpan(expression.start(), expression.end());
        String precision = expression.date().map(d -> d.precision().code()).orElse(null);
        return new Extraction.Timex(span[0], span[1], clean.original().substring(span[0], span[1]), expression.type().name(),
                expression.value(), precision);
    }
}
