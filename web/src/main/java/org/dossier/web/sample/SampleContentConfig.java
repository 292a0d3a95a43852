package org.dossier.web.sample;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dossier.sample-content")
public interface SampleContentConfig {

    /** Import the sample story on start when the database holds no source yet. */
    @WithDefault("true")
    boolean enabled();
}
