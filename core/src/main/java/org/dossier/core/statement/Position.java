package org.dossier.core.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.Instant;
import org.dossier.core.actor.Actor;
import org.dossier.core.event.Event;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.time.FuzzyDate;

/**
 * An actor's stance on an issue, since a date. A change of stance is a new position with a later
 * {@link #since}; the earlier one stays, so the history of a position can be read in order.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Position extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_seq")
    @SequenceGenerator(name = "position_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor actor;

    public String issue;

    public Stance stance;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "start", column = @Column(name = "since_start")),
        @AttributeOverride(name = "end", column = @Column(name = "since_end")),
        @AttributeOverride(name = "precision", column = @Column(name = "since_precision"))
    })
    public FuzzyDate since;

    /** The statement the position was read from, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Statement statement;

    @ManyToOne(fetch = FetchType.LAZY)
    public Event event;

    public ReviewStatus status = ReviewStatus.PROPOSED;

    public BigDecimal confidence = new BigDecimal("0.50");

    @Version
    public int version;

    public Instant createdAt = Instant.now();

    public Instant editedAt;

    protected Position() {
    }

    /** Its issue as issues are compared, however it is worded (see {@link IssueKey}). */
    public String issueKey() {
        return IssueKey.of(issue);
    }

    /** Proposed and never edited: an import may still move its date. */
    public boolean isUntouchedByEditors() {
        return status == ReviewStatus.PROPOSED && editedAt == null;
    }

    public static Position of(Actor actor, String issue, Stance stance, FuzzyDate since) {
        Position position = new Position();
        position.actor = actor;
        position.issue = issue.strip();
        position.stance = stance;
        position.since = since;
        return position;
    }
}
