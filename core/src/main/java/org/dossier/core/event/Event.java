package org.dossier.core.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dossier.core.actor.Actor;
import org.dossier.core.place.Place;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.time.FuzzyDate;

/**
 * Something that happened, placed on the timeline.
 *
 * <p>Two times are kept apart: {@link #happened}, when it took place, at the precision the news gave
 * it; and {@link #reportedAt}, when the earliest source reported it. When Dossier recorded it is
 * {@link #createdAt}.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", allocationSize = 50)
    public Long id;

    public EventKind kind;

    public String summary;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "start", column = @Column(name = "happened_start")),
        @AttributeOverride(name = "end", column = @Column(name = "happened_end")),
        @AttributeOverride(name = "precision", column = @Column(name = "happened_precision"))
    })
    public FuzzyDate happened;

    public Instant reportedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    public Place place;

    public ReviewStatus status = ReviewStatus.PROPOSED;

    public BigDecimal confidence = new BigDecimal("0.50");

    @Version
    public int version;

    public Instant createdAt = Instant.now();

    /** Set when an editor merged this event into another one that reports the same happening. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Event mergedInto;

    /** Set when an editor changed the fact; an import then leaves it alone. */
    public Instant editedAt;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    public Set<Participant> participants = new LinkedHashSet<>();

    protected Event() {
    }

    public static Event of(EventKind kind, String summary, FuzzyDate happened, Instant reportedAt) {
        Event event = new Event();
        event.kind = kind;
        event.summary = summary.strip();
        event.happened = happened;
        event.reportedAt = reportedAt;
        return event;
    }

    public Event withParticipant(Actor actor, ParticipantRole role) {
        participants.add(new Participant(actor, role));
        return this;
    }

    /** An import may refresh this fact only while no editor has touched it. */
    public boolean isUntouchedByEditors() {
        return status == ReviewStatus.PROPOSED && editedAt == null;
    }
}
