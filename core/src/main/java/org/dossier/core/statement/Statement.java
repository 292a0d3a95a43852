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
 * Something an actor said: a direct quote or reported (indirect) speech, with the verb that
 * introduced it ("said", "told reporters") and, when known, when it was said. The speaker is
 * unknown (null) when the news does not say who spoke.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Statement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Actor speaker;

    public String content;

    public boolean direct;

    public String cueVerb;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "start", column = @Column(name = "said_start")),
        @AttributeOverride(name = "end", column = @Column(name = "said_end")),
        @AttributeOverride(name = "precision", column = @Column(name = "said_precision"))
    })
    public FuzzyDate said;

    @ManyToOne(fetch = FetchType.LAZY)
    public Event event;

    public ReviewStatus status = ReviewStatus.PROPOSED;

    public BigDecimal confidence = new BigDecimal("0.50");

    @Version
    public int version;

    public Instant createdAt = Instant.now();

    public Instant editedAt;

    protected Statement() {
    }

    public static Statement direct(Actor speaker, String content, String cueVerb) {
        return of(speaker, content, cueVerb, true);
    }

    public static Statement indirect(Actor speaker, String content, String cueVerb) {
        return of(speaker, content, cueVerb, false);
    }

    private static Statement of(Actor speaker, String content, String cueVerb, boolean direct) {
        Statement statement = new Statement();
        statement.speaker = speaker;
        statement.content = content.strip();
        statement.cueVerb = cueVerb;
        statement.direct = direct;
        return statement;
    }
}
