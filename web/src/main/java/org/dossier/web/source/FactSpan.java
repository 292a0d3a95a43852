package org.dossier.web.source;

/** A fact's evidence in a source: the characters, what kind of fact, how to name it, where it lives. */
public record FactSpan(int start, int end, String kind, String label, String href) {

    int length() {
        return end - start;
    }

    boolean covers(int from, int to) {
        return start <= from && to <= end;
    }
}
