package org.dossier.importer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How large an input file may be. The default, 5 MiB, is a hundred times a long news article; what is
 * larger is almost always a mistake (a database dump, a PDF renamed), and reading it whole would
 * cost memory for nothing.
 */
public record ReadLimits(long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_FILE_BYTES);
    }

    /** The file's bytes, refused when over the limit or unreadable. */
    public byte[] readBytes(Path file) throws UnreadableArticleException {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new UnreadableArticleException(origin, String.format(Locale.ROOT,
                        "larger than the %s limit (%,d bytes); raise --max-size to import it", mebibytes(maxFileBytes), size));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableArticleException(origin, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /** The file's text, refused when it is not a non-empty UTF-8 text. */
    public String readText(Path file) throws UnreadableArticleException {
        return TextDecoder.decode(file.toString(), readBytes(file));
    }

    private static String mebibytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return ((bytes + 1023) / 1024) + " KiB";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
