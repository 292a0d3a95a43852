package org.dossier.importer.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the publication dates news metadata carries: ISO dates and timestamps with or without an
 * offset, and the RFC 1123 dates of feeds. A date without a time is taken as 00:00 UTC that day, a
 * time without an offset as UTC.
 */
public final class PublicationDate {

    private static final List<Function<String, Instant>> FORMATS = List.of(
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> ZonedDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC),
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx", Locale.ROOT)).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

    private PublicationDate() {
    }

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (Function<String, Instant> format : FORMATS) {
            try {
                return Optional.of(format.apply(value));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
