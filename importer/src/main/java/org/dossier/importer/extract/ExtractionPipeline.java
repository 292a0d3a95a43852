package org.dossier.importer.extract;

import java.time.LocalDate;
import java.util.List;
import org.dossier.importer.text.CleanText;
import org.dossier.importer.text.TypographyCleaner;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeRecognizer;

/**
 * The extraction, stage by stage: clean the typography (keeping the way back to the original
 * characters), then find the time expressions and read them against the publication date.
 *
 * <p>Later stages (actors, statements, meetings, positions, events) will read the same cleaned text
 * and the sentences of {@link org.dossier.importer.text.Linguistics}; they are not built yet.
 * Thread-safe: stages hold no per-article state.
 */
public class ExtractionPipeline {

    private final TypographyCleaner cleaner = new TypographyCleaner();
    private final TimeRecognizer times = new TimeRecognizer();

    public Extraction extract(String text, LocalDate published) {
        CleanText clean = cleaner.clean(text);
        List<Extraction.Timex> timexes = times.find(clean.text(), published).stream()
                .map(expression -> timex(clean, expression))
                .toList();
        return new Extraction(text, published, timexes);
    }

    private static Extraction.Timex timex(CleanText clean, TimeExpression expression) {
        int[] span = clean.originalSpan(expression.start(), expression.end());
        String precision = expression.date().map(d -> d.precision().code()).orElse(null);
        return new Extraction.Timex(span[0], span[1], clean.original().substring(span[0], span[1]), expression.type().name(),
                expression.value(), precision);
    }
}
