package org.dossier.web.page;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.core.database.CodedEnum;

/**
 * Query parameters as typed by people: blank is absent, and a malformed value is a 400 naming the
 * parameter and what it takes, never a silent default.
 */
public final class Params {

    private Params() {
    }

    public static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static Optional<LocalDate> date(String name, String value) {
        return text(value).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new BadRequestException(name + " must be a date as YYYY-MM-DD, not '" + v + "'");
            }
        });
    }

    public static Optional<Long> id(String name, String value) {
        return text(value).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new BadRequestException(name + " must be a whole number, not '" + v + "'");
            }
        });
    }

    public static <E extends Enum<E> & CodedEnum> Optional<E> code(Class<E> type, String name, String value) {
        return text(value).map(v -> Arrays.stream(type.getEnumConstants()).filter(c -> c.code().equals(v)).findFirst()
                .orElseThrow(() -> new BadRequestException(name + " must be one of " + codes(type) + ", not '" + v + "'")));
    }

    public static <E extends Enum<E> & CodedEnum> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", "));
    }

    public static void requireOrdered(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new BadRequestException("from (" + from.get() + ") must not be after to (" + to.get() + ")");
        }
    }
}
