package org.dossier.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.dossier.core.event.Event;
import org.dossier.core.review.ReviewStatus;

/**
 * Merges an event into another that reports the same happening, and undoes such a merge.
 *
 * <p>Invariant: nothing is lost and a merge can be undone exactly. The survivor gains the absorbed
 * event's evidence (a span it already holds stays where it is), participants, stories, statements
 * and positions; the absorbed event is rejected (so readers no longer see it) and points at the
 * survivor. What moved is written to {@code event_merge}, and {@link #undo} moves exactly that back.
 */
@ApplicationScoped
public class EventMerge {

    private final EntityManager em;

    EventMerge(EntityManager em) {
        this.em = em;
    }

    /** Returns the id of the merge record. The events are read again in this transaction. */
    @Transactional
    public long merge(Event absorbedEvent, Event survivorEvent, String editor) {
        Event absorbed = em.find(Event.class, absorbedEvent.id);
        Event survivor = em.find(Event.class, survivorEvent.id);
        if (absorbed.id.equals(survivor.id)) {
            throw new MergeRefused("An event cannot be merged into itself");
        }
        if (absorbed.mergedInto != null || survivor.mergedInto != null) {
            throw new MergeRefused("One of these events is already merged into another");
        }
        em.flush();
        Object id = em.createNativeQuery("""
                with moved_evidence as (
                    update evidence ev set event_id = :survivor
                    where ev.event_id = :absorbed and not exists (
                        select 1 from evidence same where same.event_id = :survivor and same.source_id = ev.source_id
                          and same.start_offset = ev.start_offset and same.end_offset = ev.end_offset)
                    returning ev.id),
                moved_statements as (update statement set event_id = :survivor where event_id = :absorbed returning id),
                moved_positions as (update position set event_id = :survivor where event_id = :absorbed returning id),
                added_participants as (
                    insert into event_participant (event_id, actor_id, role)
                    select :survivor, actor_id, role from event_participant where event_id = :absorbed
                    on conflict do nothing returning actor_id || ':' || role as participant),
                added_stories as (
                    insert into story_event (story_id, event_id)
                    select story_id, :survivor from story_event where event_id = :absorbed
                    on conflict do nothing returning story_id)
                insert into event_merge (absorbed_id, survivor_id, absorbed_status, moved_evidence, moved_statements, moved_positions,
                                         added_participants, added_stories, merged_by)
                select :absorbed, :survivor, :status,
                       coalesce((select array_agg(id) from moved_evidence), '{}'),
                       coalesce((select array_agg(id) from moved_statements), '{}'),
                       coalesce((select array_agg(id) from moved_positions), '{}'),
                       coalesce((select array_agg(participant) from added_participants), '{}'),
                       coalesce((select array_agg(story_id) from added_stories), '{}'),
                       :editor
                returning id""")
                .setParameter("absorbed", absorbed.id).setParameter("survivor", survivor.id)
                .setParameter("status", absorbed.status.code()).setParameter("editor", editor)
                .getSingleResult();
        absorbed.mergedInto = survivor;
        absorbed.status = ReviewStatus.REJECTED;
        absorbed.editedAt = Instant.now();
        survivor.editedAt = Instant.now();
        return ((Number) id).longValue();
    }

    /** Moves back exactly what the merge moved and restores the absorbed event as it was. */
    @Transactional
    public void undo(long mergeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select absorbed_id, survivor_id, absorbed_status, undone_at from event_merge where id = :id")
                .setParameter("id", mergeId).getResultList();
        if (found.isEmpty()) {
            throw new MergeRefused("No merge " + mergeId);
        }
        Object[] merge = found.get(0);
        if (merge[3] != null) {
            throw new MergeRefused("Merge " + mergeId + " was undone already");
        }
        long absorbed = ((Number) merge[0]).longValue();
        long survivor = ((Number) merge[1]).longValue();
        em.flush();
        for (String sql : List.of(
                "update evidence set event_id = :absorbed where id in (select unnest(moved_evidence) from event_merge where id = :merge)",
                "update statement set event_id = :absorbed where id in (select unnest(moved_statements) from event_merge where id = :merge)",
                "update position set event_id = :absorbed where id in (select unnest(moved_positions) from event_merge where id = :merge)",
                "delete from event_participant where event_id = :survivor and actor_id || ':' || role in (select unnest(added_participants) from event_merge where id = :merge)",
                "delete from story_event where event_id = :survivor and story_id in (select unnest(added_stories) from event_merge where id = :merge)",
                "update event_merge set undone_at = now() where id = :merge")) {
            var query = em.createNativeQuery(sql).setParameter("merge", mergeId);
            if (sql.contains(":absorbed")) {
                query.setParameter("absorbed", absorbed);
            }
            if (sql.contains(":survivor")) {
                query.setParameter("survivor", survivor);
            }
            query.executeUpdate();
        }
        em.clear();
        Event restored = em.find(Event.class, absorbed);
        restored.mergedInto = null;
        restored.status = org.dossier.core.database.CodedEnum.fromCode(ReviewStatus.class, (String) merge[2]);
        restored.editedAt = Instant.now();
    }
}
