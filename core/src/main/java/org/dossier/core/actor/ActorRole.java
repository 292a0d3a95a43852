package org.dossier.core.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.dossier.core.review.ReviewStatus;

/**
 * A title an actor held, for whom, and when: "Foreign Minister" of Russia. Validity bounds are
 * open when unknown.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class ActorRole extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_role_seq")
    @SequenceGenerator(name = "actor_role_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor actor;

    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    public Actor affiliation;

    public LocalDate validFrom;

    public LocalDate validTo;

    public ReviewStatus status = ReviewStatus.PROPOSED;

    @Version
    public int version;

    public Instant createdAt = Instant.now();

    protected ActorRole() {
    }

    ActorRole(Actor actor, String title, Actor affiliation) {
        this.actor = actor;
        this.title = title.strip();
        this.affiliation = affiliation;
    }

    /** "Foreign Minister, Russia" */
    public String describe() {
        return affiliation == null ? title : title + ", " + affiliation.canonicalName;
    }
}
