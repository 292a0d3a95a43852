package org.dossier.importer.store;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What an import run did, for its closing line. */
public record ImportSummary(int imported, int alreadyPresent, List<String> failures, Duration took) {

    public int failed() {
        return failures.size();
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }

    public double articlesPerSecond() {
        double seconds = Math.max(took.toNanos() / 1e9, 1e-9);
        return (imported + alreadyPresent) / seconds;
    }

    /** "Imported 5, skipped 1 already present, failed 2 in 0.8 s (7.5 articles/s)" */
    public String oneLine() {
        return String.format(Locale.ROOT, "Imported %d, skipped %d already present, failed %d in %.1f s (%.1f articles/s)",
                imported, alreadyPresent, failed(), took.toNanos() / 1e9, articlesPerSecond());
    }
}
