package org.dossier.core.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;

/**
 * The exact characters of a source that support one fact.
 *
 * <p>Invariant: exactly one of the fact references is set, and [start, end) lies inside the source's
 * body. Facts do not hold their evidence; evidence points at its fact, so moving a fact's evidence
 * (a merge) is a change to evidence alone.
 */
@Entity
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    public Actor actor;

    @ManyToOne(fetch = FetchType.LAZY)
    public ActorRole actorRole;

    @ManyToOne(fetch = FetchType.LAZY)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    public Statement statement;

    @ManyToOne(fetch = FetchType.LAZY)
    public Position position;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    /** The sentence the span lies in, kept so evidence reads on its own. */
    public String sentence;

    public Instant createdAt = Instant.now();

    protected Evidence() {
    }

    Evidence(Source source, Span span, String sentence) {
        this.source = source;
        this.start = span.start();
        this.end = span.end();
        this.sentence = sentence;
    }

    public Span span() {
        return new Span(start, end);
    }

    /** The id of the one fact this evidence supports, whichever kind it is. */
    public long factId() {
        if (event != null) {
            return event.id;
        }
        if (statement != null) {
            return statement.id;
        }
        if (position != null) {
            return position.id;
        }
        return actorRole != null ? actorRole.id : actor.id;
    }

    /** The supported characters themselves. */
    public String quote() {
        return source.excerpt(start, end);
    }
}
