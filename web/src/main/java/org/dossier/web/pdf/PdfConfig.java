package org.dossier.web.pdf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dossier.pdf")
public interface PdfConfig {

    /** How many PDFs render at once, on threads of their own, never the request threads. */
    @WithDefault("2")
    int concurrency();

    /** How many more may wait; beyond that a request is answered 503 at once. */
    @WithDefault("16")
    int queue();

    /**
     * Where the DejaVu fonts are (Debian's fonts-dejavu-core); they are embedded in every PDF so
     * that names in any script print. Never committed to the repository.
     */
    @WithDefault("/usr/share/fonts/truetype/dejavu")
    String fontDirectory();
}
