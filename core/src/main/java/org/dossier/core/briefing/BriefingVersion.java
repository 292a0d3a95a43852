package org.dossier.core.briefing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A published briefing, frozen: readers of version N always read what was published as N.
 * Invariant: numbers count up from 1 per briefing without gaps; a version is never changed.
 *
 * @see Briefing the draft it was published from
 */
@Entity
public class BriefingVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "briefing_version_seq")
    @SequenceGenerator(name = "briefing_version_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Briefing briefing;

    public int number;

    public String title;

    /** The summary in Markdown, as written. */
    public String summary;

    /** The chosen facts as they read when published (JSON, see {@link PublishedContent}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public PublishedContent content;

    /** The day the briefing speaks for: the newest source of its story when published. */
    public LocalDate asOf;

    public Instant publishedAt = Instant.now();

    /** The account that published it (app_user.id). */
    public Long publishedBy;

    protected BriefingVersion() {
    }

    /** The chosen facts, frozen: later edits to the facts do not change a published version. */
    public record PublishedContent(List<KeyEvent> events, List<KeyQuote> quotes) {
    }

    public record KeyEvent(long id, String date, String kind, String summary) {
    }

    public record KeyQuote(long id, String speaker, Long speakerId, String content, boolean direct) {
    }

    public static BriefingVersion of(Briefing briefing, int number, PublishedContent content, LocalDate asOf, Long publishedBy) {
        BriefingVersion version = new BriefingVersion();
        version.briefing = briefing;
        version.number = number;
        version.title = briefing.title;
        version.summary = briefing.summary;
        version.content = content;
        version.asOf = asOf;
        version.publishedBy = publishedBy;
        return version;
    }

    public static Optional<BriefingVersion> latest(Briefing briefing) {
        return find("briefing = ?1 order by number desc", briefing).firstResultOptional();
    }

    public static List<BriefingVersion> all(Briefing briefing) {
        return list("briefing = ?1 order by number desc", briefing);
    }
}
