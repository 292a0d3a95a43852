package org.dossier.core.database;

import jakarta.persistence.AttributeConverter;
import java.util.Locale;

/**
 * An enumeration stored as its lower-case code ('proposed', 'military_action'), the words the
 * schema's CHECK constraints list.
 */
public interface CodedEnum {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not a " + type.getSimpleName(), e);
        }
    }

    /** The JPA converter each coded enumeration declares as its nested {@code Column} class. */
    abstract class Column<E extends Enum<E> & CodedEnum> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected Column(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.code();
        }

        @Override
        public E convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(type, code);
        }
    }
}
