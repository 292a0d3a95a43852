package org.dossier.web.editor.history;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * One kind of fact as its history shows it: the fields an editor recognises, in reading order, and
 * how a revert puts an earlier revision back.
 */
abstract class RecordedFact<T> {

    private final Class<T> type;
    private final String editPrefix;
    private final String readerPrefix;

    /** {@code readerPrefix} null: readers have no page for this kind of fact. */
    RecordedFact(Class<T> type, String editPrefix, String readerPrefix) {
        this.type = type;
        this.editPrefix = editPrefix;
        this.readerPrefix = readerPrefix;
    }

    Class<T> type() {
        return type;
    }

    /** Where an editor corrects it. */
    String editPath(long id) {
        return editPrefix + id;
    }

    /** Where readers see it, when it has a page of its own. */
    Optional<String> readerPath(long id) {
        return Optional.ofNullable(readerPrefix).map(prefix -> prefix + id);
    }

    /** The heading of its history page. */
    abstract String name(T fact);

    abstract int version(T fact);

    /** Field label to value as shown, in reading order; null for a field with no value. */
    abstract LinkedHashMap<String, String> fields(T fact);

    /** Copies what an editor can change from {@code then} onto {@code current}, as a new change. */
    abstract void restore(T current, T then);

    /** The fields as they stood at {@code revision}, where {@code fact} is the fact at that revision. */
    LinkedHashMap<String, String> fieldsAt(T fact, long revision) {
        return fields(fact);
    }

    /** {@link #restore}, for a fact with parts kept apart from it: they are put back as they stood at {@code revision}. */
    void restoreAt(T current, T then, long revision) {
        restore(current, then);
    }
}
