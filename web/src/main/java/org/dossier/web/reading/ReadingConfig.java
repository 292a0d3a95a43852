package org.dossier.web.reading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What readers (people not signed in) are shown. */
@ConfigMapping(prefix = "dossier.reading")
public interface ReadingConfig {

    /**
     * Show facts no editor has reviewed yet, marked as such, to readers. Off: readers see what
     * editors approved. A newsroom that publishes first and reviews after may switch it on.
     * Rejected facts are never shown.
     */
    @WithDefault("false")
    boolean showUnreviewed();

    /**
     * How often, at most, cached pages ask the database whether anything changed: the longest a
     * change takes to reach readers. Tests set zero.
     */
    @WithDefault("250ms")
    java.time.Duration generationCheck();
}
