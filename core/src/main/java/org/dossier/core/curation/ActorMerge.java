package org.dossier.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorAlias;
import org.dossier.core.actor.ActorRole;

/**
 * Merges an actor that turned out to be another one into it.
 *
 * <p>Invariant: nothing is lost. The survivor gains every alias (the absorbed actor's canonical name
 * among them), role, piece of evidence, statement, position and event participation of the absorbed
 * actor; the absorbed actor stays as a record pointing at the survivor, so its old aliases still
 * resolve and the merge can be reviewed.
 */
@ApplicationScoped
public class ActorMerge {

    private final EntityManager entityManager;

    ActorMerge(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Actor merge(Actor absorbed, Actor survivor) {
        if (absorbed.id.equals(survivor.id)) {
            throw new MergeRefused("An actor cannot be merged into itself: " + survivor);
        }
        if (absorbed.isMerged() || survivor.isMerged()) {
            throw new MergeRefused("Merge the actors the merged ones point to, not " + absorbed + " or " + survivor);
        }
        moveAliases(absorbed, survivor);
        moveRoles(absorbed, survivor);
        absorbed.mergedInto = survivor;
        entityManager.flush();
        repoint(absorbed, survivor);
        // The bulk updates bypassed the persistence context: read the survivor back as it now is.
        entityManager.clear();
        return entityManager.find(Actor.class, survivor.id);
    }

    /**
     * Merges as {@link #merge} does and records exactly what moved, so {@link #undo} can move it
     * back. Returns the id of the record.
     */
    @Transactional
    public long mergeRecorded(Actor absorbedActor, Actor survivorActor, String editor) {
        Actor absorbed = entityManager.find(Actor.class, absorbedActor.id);
        Actor survivor = entityManager.find(Actor.class, survivorActor.id);
        long a = absorbed.id;
        long s = survivor.id;
        List<String> aliasNames = absorbed.aliases.stream().map(alias -> alias.name).toList();
        List<Long> aliasesBefore = ids("select id from actor_alias where actor_id = ?1", s);
        List<Long> roles = ids("select id from actor_role where actor_id = ?1", a);
        List<Long> evidence = ids("select id from evidence where actor_id = ?1", a);
        List<Long> affiliations = ids("select id from actor_role where affiliation_id = ?1", a);
        List<Long> statements = ids("select id from statement where speaker_id = ?1", a);
        List<Long> positions = ids("select id from position where actor_id = ?1", a);
        List<Long> places = ids("select id from place where country_id = ?1", a);
        List<String> dropped = texts("""
                select p.event_id || ':' || p.role from event_participant p join event_participant q
                  on q.event_id = p.event_id and q.role = p.role and q.actor_id = ?2 where p.actor_id = ?1""", a, s);
        List<String> moved = texts("select event_id || ':' || role from event_participant where actor_id = ?1", a).stream()
                .filter(p -> !dropped.contains(p)).toList();
        merge(absorbed, survivor);
        List<Long> addedAliases = ids("select id from actor_alias where actor_id = ?1", s).stream().filter(id -> !aliasesBefore.contains(id)).toList();
        Object id = entityManager.createNativeQuery("""
                insert into actor_merge (absorbed_id, survivor_id, alias_names, added_aliases, moved_roles, moved_evidence, moved_affiliations,
                    moved_statements, moved_positions, moved_places, moved_participants, dropped_participants, merged_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) returning id""")
                .setParameter(1, a).setParameter(2, s).setParameter(3, aliasNames.toArray(String[]::new))
                .setParameter(4, addedAliases.toArray(Long[]::new)).setParameter(5, roles.toArray(Long[]::new))
                .setParameter(6, evidence.toArray(Long[]::new)).setParameter(7, affiliations.toArray(Long[]::new))
                .setParameter(8, statements.toArray(Long[]::new)).setParameter(9, positions.toArray(Long[]::new))
                .setParameter(10, places.toArray(Long[]::new)).setParameter(11, moved.toArray(String[]::new))
                .setParameter(12, dropped.toArray(String[]::new)).setParameter(13, editor)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /** Moves back exactly what a recorded merge moved; the absorbed actor stands on its own again. */
    @Transactional
    public void undo(long mergeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery(
                "select absorbed_id, survivor_id, alias_names, undone_at from actor_merge where id = ?1").setParameter(1, mergeId).getResultList();
        if (found.isEmpty() || found.get(0)[3] != null) {
            throw new MergeRefused("No merge " + mergeId + " to undo");
        }
        long a = ((Number) found.get(0)[0]).longValue();
        long s = ((Number) found.get(0)[1]).longValue();
        entityManager.flush();
        // Each statement binds only the values it names.
        String[][] moves = {
            {"update actor_role set actor_id = :absorbed where id in (select unnest(moved_roles) from actor_merge where id = :merge)"},
            {"update evidence set actor_id = :absorbed where id in (select unnest(moved_evidence) from actor_merge where id = :merge)"},
            {"update actor_role set affiliation_id = :absorbed where id in (select unnest(moved_affiliations) from actor_merge where id = :merge)"},
            {"update statement set speaker_id = :absorbed where id in (select unnest(moved_statements) from actor_merge where id = :merge)"},
            {"update position set actor_id = :absorbed where id in (select unnest(moved_positions) from actor_merge where id = :merge)"},
            {"update place set country_id = :absorbed where id in (select unnest(moved_places) from actor_merge where id = :merge)"},
            {"update event_participant set actor_id = :absorbed where actor_id = :survivor and event_id || ':' || role in (select unnest(moved_participants) from actor_merge where id = :merge)"},
            {"insert into event_participant (event_id, actor_id, role) select cast(split_part(p, ':', 1) as bigint), :absorbed, split_part(p, ':', 2) from (select unnest(dropped_participants) as p from actor_merge where id = :merge) d on conflict do nothing"},
            {"delete from actor_alias where id in (select unnest(added_aliases) from actor_merge where id = :merge) and actor_id = :survivor"},
            {"update actor set merged_into_id = null where id = :absorbed"},
            {"update actor_merge set undone_at = now() where id = :merge"}};
        for (String[] sql : moves) {
            var query = entityManager.createNativeQuery(sql[0]);
            if (sql[0].contains(":absorbed")) {
                query.setParameter("absorbed", a);
            }
            if (sql[0].contains(":survivor")) {
                query.setParameter("survivor", s);
            }
            if (sql[0].contains(":merge")) {
                query.setParameter("merge", mergeId);
            }
            query.executeUpdate();
        }
        entityManager.clear();
        Actor absorbed = entityManager.find(Actor.class, a);
        for (String name : (String[]) found.get(0)[2]) {
            absorbed.addAlias(name);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Object... values) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String sql, Object... values) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return (List<String>) query.getResultList();
    }

    private void moveAliases(Actor absorbed, Actor survivor) {
        for (ActorAlias alias : absorbed.aliases) {
            survivor.addAlias(alias.name);
        }
        absorbed.aliases.clear();
    }

    private void moveRoles(Actor absorbed, Actor survivor) {
        for (ActorRole role : absorbed.roles) {
            role.actor = survivor;
            survivor.roles.add(role);
        }
        absorbed.roles.clear();
    }

    /** Everything that refers to the absorbed actor refers to the survivor instead. */
    private void repoint(Actor absorbed, Actor survivor) {
        update("update Evidence e set e.actor = :survivor where e.actor = :absorbed", absorbed, survivor);
        update("update ActorRole r set r.affiliation = :survivor where r.affiliation = :absorbed", absorbed, survivor);
        update("update Statement s set s.speaker = :survivor where s.speaker = :absorbed", absorbed, survivor);
        update("update Position p set p.actor = :survivor where p.actor = :absorbed", absorbed, survivor);
        update("update Place p set p.country = :survivor where p.country = :absorbed", absorbed, survivor);
        // Participation is a set keyed by (event, actor, role): rows the survivor already has are dropped.
        entityManager.createNativeQuery("""
                delete from event_participant p using event_participant q
                 where p.actor_id = :absorbed and q.actor_id = :survivor
                   and p.event_id = q.event_id and p.role = q.role""")
                .setParameter("absorbed", absorbed.id).setParameter("survivor", survivor.id).executeUpdate();
        entityManager.createNativeQuery("update event_participant set actor_id = :survivor where actor_id = :absorbed")
                .setParameter("absorbed", absorbed.id).setParameter("survivor", survivor.id).executeUpdate();
    }

    private void update(String jpql, Actor absorbed, Actor survivor) {
        entityManager.createQuery(jpql).setParameter("absorbed", absorbed).setParameter("survivor", survivor).executeUpdate();
    }
}
