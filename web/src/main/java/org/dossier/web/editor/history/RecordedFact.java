package org.dossier.web.editor.history;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * One kind of fact as its history shows it: the fields an editor recognises, in reading order, and
 * how a revert puts an earlier revision back.
 */
interface RecordedFact<T> {

    Class<T> type();

    /** The heading of its history page. */
    String name(T fact);

    /** Where an editor corrects it. */
    String editPath(long id);

    /** Where readers see it, when it has a page of its own. */
    Optional<String> readerPath(long id);

    int version(T fact);

    /** Field label to value as shown, in reading order; null for a field with no value. */
    LinkedHashMap<String, String> fields(T fact);

    /** Copies what an editor can change from {@code then} onto {@code current}, as a new change. */
    void restore(T current, T then);
}
