package org.dossier.importer.eval;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Misses, false alarms and wrong values of time expressions, for reading what the rules get wrong. */
final class TimexErrors {

    private final int limit;
    private final List<String> lines = new ArrayList<>();

    /** Keeps up to {@code limit} lines; zero keeps none. */
    TimexErrors(int limit) {
        this.limit = limit;
    }

    /** The errors of one document whose relative expressions were read against {@code reference}. */
    void collect(LocalDate reference, String text, List<TimeMlDocument.Timex> gold, List<TimexScore.Found> found) {
        if (limit == 0) {
            return;
        }
        for (TimeMlDocument.Timex g : gold) {
            String goldText = text.substring(g.start(), g.end());
            found.stream().filter(f -> f.start() < g.end() && g.start() < f.end()).findFirst().ifPresentOrElse(
                    f -> {
                        if (!f.value().equals(g.value())) {
                            lines.add("VALUE  " + reference + " \"" + goldText + "\" gold " + g.value()
                                    + " ours \"" + text.substring(f.start(), f.end()) + "\" " + f.value());
                        }
                    },
                    () -> lines.add("MISS   " + reference + " \"" + goldText + "\" " + g.type() + " " + g.value()
                            + "  …" + context(text, g.start(), g.end())));
        }
        for (TimexScore.Found f : found) {
            if (gold.stream().noneMatch(g -> f.start() < g.end() && g.start() < f.end())) {
                lines.add("EXTRA  \"" + text.substring(f.start(), f.end()) + "\" " + f.value() + "  …" + context(text, f.start(), f.end()));
            }
        }
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 30)).replace('\n', ' ');
    }

    void print(PrintWriter out) {
        lines.stream().limit(limit).forEach(out::println);
    }
}
