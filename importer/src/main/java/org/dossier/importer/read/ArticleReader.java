package org.dossier.importer.read;

import java.nio.file.Path;
import java.util.List;

/** Reads one article format. A file may hold several articles (JSON Lines, feeds). */
public interface ArticleReader {

    /** Whether this reader takes the file, judged by its name. */
    boolean reads(Path file);

    /** Each article of the file, or the reason it could not be read; never throws for bad input. */
    List<Reading> read(Path file, ReadLimits limits);
}
