package org.dossier.web.pdf;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.core.briefing.Briefing;
import org.dossier.core.briefing.BriefingVersion;
import org.dossier.core.evidence.Evidence;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.story.Story;
import org.dossier.web.briefing.Briefing.Development;
import org.dossier.web.briefing.Briefing.PositionCell;
import org.dossier.web.briefing.Briefings;
import org.dossier.web.briefing.Markdown;
import org.dossier.web.pdf.PrintableBriefing.CitedEvent;
import org.dossier.web.pdf.PrintableBriefing.CitedPerson;
import org.dossier.web.pdf.PrintableBriefing.CitedQuote;
import org.dossier.web.pdf.PrintableBriefing.PositionLine;

/**
 * Gathers what a printed briefing holds. A published version prints its own frozen summary, key
 * events and key quotes; the sections computed from the facts (developments up to its as-of day,
 * who's who, positions) are read as they stand when printed, from what readers may see.
 */
@ApplicationScoped
public class PrintableBriefings {

    /** Enough developments for a briefing to run to a few dozen pages, not the whole story. */
    static final int DEVELOPMENTS = 150;

    private final Briefings briefings;

    PrintableBriefings(Briefings briefings) {
        this.briefings = briefings;
    }

    public PrintableBriefing published(Story story, BriefingVersion version) {
        References references = new References();
        Map<Long, Source> eventSources = firstSources("event", version.content.events().stream().map(BriefingVersion.KeyEvent::id).toList());
        Map<Long, Source> quoteSources = firstSources("statement", version.content.quotes().stream().map(BriefingVersion.KeyQuote::id).toList());
        List<CitedEvent> keyEvents = version.content.events().stream()
                .map(e -> new CitedEvent(e.date(), e.kind(), e.summary(), null, references.cite(eventSources.get(e.id())))).toList();
        List<CitedQuote> keyQuotes = version.content.quotes().stream()
                .map(q -> new CitedQuote(q.speaker(), null, q.content(), q.direct(), references.cite(quoteSources.get(q.id())))).toList();
        return assemble(story, version.title, "Version " + version.number, version.asOf, version.summary, keyEvents, keyQuotes, references);
    }

    public PrintableBriefing draft(Story story, Briefing draft) {
        References references = new References();
        List<Long> eventIds = draft.items.stream().map(i -> i.event).filter(Objects::nonNull).map(e -> e.id).toList();
        List<Long> quoteIds = draft.items.stream().map(i -> i.statement).filter(Objects::nonNull).map(s -> s.id).toList();
        Map<Long, Source> eventSources = firstSources("event", eventIds);
        Map<Long, Source> quoteSources = firstSources("statement", quoteIds);
        List<CitedEvent> keyEvents = draft.items.stream().map(i -> i.event).filter(Objects::nonNull)
                .map(e -> new CitedEvent(e.happened.display(), e.kind.label(), e.summary, e.place == null ? null : e.place.name,
                        references.cite(eventSources.get(e.id)))).toList();
        List<CitedQuote> keyQuotes = draft.items.stream().map(i -> i.statement).filter(Objects::nonNull)
                .map(s -> new CitedQuote(s.speaker == null ? null : s.speaker.canonicalName, null, s.content, s.direct,
                        references.cite(quoteSources.get(s.id)))).toList();
        return assemble(story, draft.title, "Draft", LocalDate.now(ZoneOffset.UTC), draft.summary, keyEvents, keyQuotes, references);
    }

    private PrintableBriefing assemble(Story story, String title, String edition, LocalDate asOf, String summary, List<CitedEvent> keyEvents,
            List<CitedQuote> keyQuotes, References references) {
        List<org.dossier.web.briefing.Briefing.Person> whoIsWho = briefings.whoIsWho(story);
        org.dossier.web.briefing.Briefing.PositionGrid grid = briefings.positions(story);
        List<Development> developments = briefings.developments(story, DEVELOPMENTS, asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<Long, Source> developmentSources = firstSources("event", developments.stream().map(d -> d.event().id).toList());
        List<CitedEvent> cited = developments.stream().map(d -> new CitedEvent(d.event().happened.display(), d.event().kind.label(),
                d.event().summary, d.event().place == null ? null : d.event().place.name, references.cite(developmentSources.get(d.event().id)))).toList();
        List<TimelineSvg.Entry> timeline = developments.stream().map(d -> new TimelineSvg.Entry(d.event().happened, d.event().summary)).toList();
        List<Position> shown = grid.rows().stream().flatMap(r -> r.cells().stream()).map(PositionCell::position).filter(Objects::nonNull).toList();
        Map<Long, Source> positionSources = firstSources("position", shown.stream().map(p -> p.id).toList());
        List<PositionLine> positions = grid.rows().stream().map(row -> new PositionLine(row.actor().canonicalName, row.cells().stream()
                .map(cell -> cell.position() == null ? "" : cell.position().stance.code() + " since " + cell.position().since.display()
                        + cite(references.cite(positionSources.get(cell.position().id)))).toList())).toList();
        Map<Long, Source> roleSources = firstSources("actorRole", whoIsWho.stream().filter(p -> p.role() != null).map(p -> p.role().id).toList());
        List<CitedPerson> people = whoIsWho.stream().map(p -> new CitedPerson(p.actor().canonicalName, p.actor().kind.code(),
                p.role() == null ? null : p.role().describe(), p.role() == null ? 0 : references.cite(roleSources.get(p.role().id)))).toList();
        return new PrintableBriefing(story.title, title, edition, asOf, Instant.now(), Markdown.toHtml(summary), keyEvents, keyQuotes, cited,
                people, grid.issues(), positions, TimelineSvg.of(timeline), references.list());
    }

    private static String cite(int number) {
        return number == 0 ? "" : " [" + number + "]";
    }

    /** For each fact, the first source that gave evidence for it. */
    private static Map<Long, Source> firstSources(String fact, List<Long> ids) {
        Map<Long, Source> sources = new HashMap<>();
        if (ids.isEmpty()) {
            return sources;
        }
        List<Evidence> evidence = Panache.getEntityManager().createQuery("select ev from Evidence ev join fetch ev.source s where ev." + fact
                + ".id in :ids order by s.publishedAt, ev.id", Evidence.class).setParameter("ids", ids).getResultList();
        for (Evidence ev : evidence) {
            sources.putIfAbsent(ev.factId(), ev.source);
        }
        return sources;
    }
}
