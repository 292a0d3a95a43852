package org.dossier.importer.read;

/**
 * An input that cannot become an article, with a reason short enough for one line after the file
 * name: "not UTF-8 (invalid bytes at offset 17)".
 */
public class UnreadableArticleException extends Exception {

    private final String origin;

    public UnreadableArticleException(String origin, String reason) {
        super(reason);
        this.origin = origin;
    }

    public UnreadableArticleException(String origin, String reason, Throwable cause) {
        super(reason, cause);
        this.origin = origin;
    }

    public String origin() {
        return origin;
    }

    /** "path/to/file.txt: not UTF-8 (...)" */
    public String oneLine() {
        return origin + ": " + getMessage();
    }
}
