package org.dossier.web.page;

import jakarta.ws.rs.BadRequestException;

/**
 * A page of a long list, numbered from 1 as people count. Out-of-range numbers are a client's
 * mistake and answered with 400, not silently clamped.
 */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 100;

    /** From query parameters as typed: absent means the first page of the default size. */
    public static PageRequest of(String number, String size, int defaultSize) {
        int n = whole("page", number, 1);
        int s = whole("size", size, defaultSize);
        if (n < 1) {
            throw new BadRequestException("page must be 1 or more, not " + n);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE + ", not " + s);
        }
        return new PageRequest(n, s);
    }

    private static int whole(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + value + "'");
        }
    }

    public int index() {
        return number - 1;
    }

    /** The number, counting from 1, of the first item on this page. */
    public long firstItem() {
        return (long) index() * size + 1;
    }

    public int pageCount(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
