package org.dossier.web.editor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorded merge (of actors or of events) as the merge pages list it, with who made it, when,
 * and whether it was undone.
 */
public record RecordedMerge(long id, long absorbedId, String absorbed, long survivorId, String survivor, Instant at, String by,
        boolean undone) {

    /**
     * The merges of rows selected as: merge id, absorbed id and name, survivor id and name, merged
     * at, merged by, undone.
     */
    static List<RecordedMerge> fromRows(List<Object[]> rows) {
        return rows.stream().map(r -> new RecordedMerge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4], toInstant(r[5]), (String) r[6], (Boolean) r[7])).toList();
    }

    private static Instant toInstant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
