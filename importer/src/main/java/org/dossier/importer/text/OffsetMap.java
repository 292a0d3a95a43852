package org.dossier.importer.text;

import java.util.Arrays;

/**
 * Where each character of a cleaned text came from in the original, so that a span found in the
 * cleaned text is reported as the exact characters of the text as read.
 *
 * <p>Invariant: for every cleaned index i, {@code start[i] < end[i]} or, for an inserted character,
 * {@code start[i] == end[i]}; and both never decrease with i.
 */
public final class OffsetMap {

    private final int[] start;
    private final int[] end;
    private final int originalLength;

    private OffsetMap(int[] start, int[] end, int originalLength) {
        this.start = start;
        this.end = end;
        this.originalLength = originalLength;
    }

    /** The original [start, end) of the cleaned characters [cleanedStart, cleanedEnd). */
    public int[] toOriginal(int cleanedStart, int cleanedEnd) {
        if (cleanedStart < 0 || cleanedEnd > start.length || cleanedStart >= cleanedEnd) {
            throw new IndexOutOfBoundsException("[" + cleanedStart + ", " + cleanedEnd + ") in " + start.length + " characters");
        }
        return new int[] {start[cleanedStart], Math.max(end[cleanedEnd - 1], start[cleanedStart])};
    }

    public int originalStart(int cleanedIndex) {
        return cleanedIndex == start.length ? originalLength : start[cleanedIndex];
    }

    /** Builds a map while a cleaner copies, replaces or inserts text. */
    static final class Builder {
        private int[] start;
        private int[] end;
        private int size;

        /** For a text of about {@code expectedLength} characters: the map grows if it is longer. */
        Builder(int expectedLength) {
            this.start = new int[Math.max(16, expectedLength)];
            this.end = new int[Math.max(16, expectedLength)];
        }

        /** The cleaned text gets {@code replacement} for original characters [from, to). */
        void replace(int from, int to, CharSequence replacement) {
            for (int i = 0; i < replacement.length(); i++) {
                add(from, to);
            }
        }

        /** Original character at {@code index} copied as it is. */
        void copy(int index) {
            add(index, index + 1);
        }

        /** Original characters [from, to) copied as they are. */
        void copy(int from, int to) {
            for (int index = from; index < to; index++) {
                add(index, index + 1);
            }
        }

        private void add(int from, int to) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            start[size] = from;
            end[size] = to;
            size++;
        }

        OffsetMap build(int originalLength) {
            return new OffsetMap(Arrays.copyOf(start, size), Arrays.copyOf(end, size), originalLength);
        }
    }
}
