package org.dossier.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
            throw new IllegalArgumentException("An actor cannot be merged into itself: " + survivor);
        }
        if (absorbed.isMerged() || survivor.isMerged()) {
            throw new IllegalArgumentException("Merge the actors the merged ones point to, not " + absorbed + " or " + survivor);
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
