package org.dossier.core.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.dossier.core.actor.Actor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** An actor taking part in an event, in a role. */
@Embeddable
public class Participant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Actor actor;

    public ParticipantRole role;

    protected Participant() {
    }

    public Participant(Actor actor, ParticipantRole role) {
        this.actor = Objects.requireNonNull(actor);
        this.role = Objects.requireNonNull(role);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Participant p && p.role == role && sameActor(p.actor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actor.id, role);
    }

    private boolean sameActor(Actor other) {
        return actor == other || (actor.id != null && actor.id.equals(other.id));
    }
}
