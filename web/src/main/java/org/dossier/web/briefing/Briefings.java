package org.dossier.web.briefing;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.briefing.BriefingVersion;
import org.dossier.core.event.Event;
import org.dossier.core.evidence.Evidence;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;
import org.dossier.web.briefing.Briefing.Development;
import org.dossier.web.briefing.Briefing.MonthBar;
import org.dossier.web.briefing.Briefing.Person;
import org.dossier.web.briefing.Briefing.PositionCell;
import org.dossier.web.briefing.Briefing.PositionGrid;
import org.dossier.web.briefing.Briefing.PositionRow;
import org.dossier.web.evidence.EvidenceView;
import org.dossier.web.reading.StoryScope;
import org.dossier.web.reading.Visibility;

/**
 * Assembles a story's briefing from the facts readers may see. Each section is one or two queries
 * bounded by the story and a limit, so the page costs the same with ten events or a hundred thousand.
 */
@ApplicationScoped
public class Briefings {

    static final int DEVELOPMENTS = 12;
    static final int PEOPLE = 16;
    static final int ISSUES = 6;
    static final int QUOTES = 8;
    static final int MEETINGS = 8;
    static final int MONTHS = 24;
    static final int SOURCES = 10;

    private final Visibility visibility;

    Briefings(Visibility visibility) {
        this.visibility = visibility;
    }

    public Briefing of(Story story) {
        return new Briefing(story, published(story), asOf(story), developments(story), whoIsWho(story), positions(story), quotes(story),
                meetings(story), compactTimeline(story), sources(story), sourceCount(story), eventCount(story));
    }

    private static PublishedBriefing published(Story story) {
        return org.dossier.core.briefing.Briefing.of(story)
                .flatMap(draft -> BriefingVersion.latest(draft).map(v -> PublishedBriefing.of(v, v.number)))
                .orElse(null);
    }

    private Instant asOf(Story story) {
        return em().createQuery("select max(s.publishedAt) from Source s where s.id in " + StoryScope.SOURCES, Instant.class)
                .setParameter("story", story.id).getSingleResult();
    }

    private List<Development> developments(Story story) {
        return developments(story, DEVELOPMENTS, Instant.now());
    }

    /** The story's visible events reported by {@code until}, newest first, this many at most. */
    public List<Development> developments(Story story, int limit, Instant until) {
        List<Event> events = em().createQuery("select e from Event e left join fetch e.place where e.id in " + StoryScope.EVENTS
                + " and e.status in :visible and e.reportedAt <= :until order by e.happened.start desc, e.happened.end desc, e.id desc", Event.class)
                .setParameter("story", story.id).setParameter("visible", visibility.statuses()).setParameter("until", until)
                .setMaxResults(limit).getResultList();
        Map<Long, Long> sources = sourceCounts(events.stream().map(e -> e.id).toList());
        return events.stream().map(e -> new Development(e, sources.getOrDefault(e.id, 0L))).toList();
    }

    private Map<Long, Long> sourceCounts(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return em().createQuery("select ev.event.id, count(distinct ev.source.id) from Evidence ev where ev.event.id in :ids group by ev.event.id",
                        Object[].class)
                .setParameter("ids", eventIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The actors most present in the story, with the title each holds now. */
    public List<Person> whoIsWho(Story story) {
        Map<Long, Long> appearances = new LinkedHashMap<>();
        em().createQuery("select p.actor.id, count(distinct e.id) from Event e join e.participants p where e.id in " + StoryScope.EVENTS
                        + " and e.status in :visible group by p.actor.id", Object[].class)
                .setParameter("story", story.id).setParameter("visible", visibility.statuses())
                .getResultStream().forEach(r -> appearances.merge((Long) r[0], (Long) r[1], Long::sum));
        em().createQuery("select s.speaker.id, count(s) from Statement s where s.speaker is not null and s.status in :visible and "
                        + StoryScope.evidencedIn("statement", "s") + " group by s.speaker.id", Object[].class)
                .setParameter("story", story.id).setParameter("visible", visibility.statuses())
                .getResultStream().forEach(r -> appearances.merge((Long) r[0], (Long) r[1], Long::sum));
        List<Long> top = appearances.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PEOPLE).map(Map.Entry::getKey).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, Actor> actors = em().createQuery("select distinct a from Actor a left join fetch a.roles r left join fetch r.affiliation where a.id in :ids",
                        Actor.class)
                .setParameter("ids", top).getResultList().stream().collect(Collectors.toMap(a -> a.id, Function.identity(), (a, same) -> a));
        return top.stream().map(actors::get).map(a -> new Person(a, currentRole(a), appearances.get(a.id))).toList();
    }

    /** The latest visible role not known to have ended. */
    private ActorRole currentRole(Actor actor) {
        return actor.roles.stream()
                .filter(r -> r.validTo == null && visibility.shows(r.status))
                .max(Comparator.comparing((ActorRole r) -> r.validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(r -> r.id))
                .orElse(null);
    }

    /** Who stands where on the story's most discussed issues. */
    public PositionGrid positions(Story story) {
        List<Position> positions = em().createQuery("select p from Position p join fetch p.actor where p.status in :visible and "
                        + StoryScope.evidencedIn("position", "p") + " order by p.since.start, p.id", Position.class)
                .setParameter("story", story.id).setParameter("visible", visibility.statuses()).getResultList();
        // "the draft resolution" and "a draft resolution" are one issue, headed as first worded.
        Map<String, List<Position>> byIssue = positions.stream()
                .collect(Collectors.groupingBy(Position::issueKey, LinkedHashMap::new, Collectors.toList()));
        List<List<Position>> issues = byIssue.values().stream()
                .sorted(Comparator.comparingInt((List<Position> stances) -> stances.size()).reversed()).limit(ISSUES).toList();
        Map<Long, String> hrefs = firstEvidence(issues.stream().flatMap(List::stream).map(p -> p.id).toList());
        Map<Actor, Map<Integer, Position>> latest = new LinkedHashMap<>();
        for (int column = 0; column < issues.size(); column++) {
            for (Position p : issues.get(column)) {
                latest.computeIfAbsent(p.actor, a -> new LinkedHashMap<>()).put(column, p);
            }
        }
        List<PositionRow> rows = latest.entrySet().stream()
                .map(row -> new PositionRow(row.getKey(), IntStream.range(0, issues.size())
                        .mapToObj(column -> cell(row.getValue().get(column), hrefs)).toList()))
                .sorted(Comparator.comparing(row -> row.actor().canonicalName))
                .toList();
        return new PositionGrid(issues.stream().map(stances -> stances.get(0).issue).toList(), rows);
    }

    private static PositionCell cell(Position position, Map<Long, String> hrefs) {
        return position == null ? new PositionCell(null, null) : new PositionCell(position, hrefs.get(position.id));
    }

    private Map<Long, String> firstEvidence(List<Long> positionIds) {
        if (positionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> hrefs = new LinkedHashMap<>();
        em().createQuery("select ev from Evidence ev where ev.position.id in :ids order by ev.id", Evidence.class)
                .setParameter("ids", positionIds).getResultStream()
                .forEach(ev -> hrefs.putIfAbsent(ev.position.id, "/sources/" + ev.source.id + "#" + EvidenceView.anchor(ev.start, ev.end)));
        return hrefs;
    }

    private List<Statement> quotes(Story story) {
        return em().createQuery("select s from Statement s join fetch s.speaker where s.status in :visible and "
                        + StoryScope.evidencedIn("statement", "s") + " order by s.direct desc, s.id desc", Statement.class)
                .setParameter("story", story.id).setParameter("visible", visibility.statuses())
                .setMaxResults(QUOTES).getResultList();
    }

    private List<Meeting> meetings(Story story) {
        return em().createQuery("select m from Meeting m join fetch m.event e left join fetch e.place where e.id in " + StoryScope.EVENTS
                        + " and e.status in :visible order by e.happened.start desc, e.id desc", Meeting.class)
                .setParameter("story", story.id).setParameter("visible", visibility.statuses())
                .setMaxResults(MEETINGS).getResultList();
    }

    private List<MonthBar> compactTimeline(Story story) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                select date_trunc('month', e.happened_start)::date, count(*)
                from event e join story_event se on se.event_id = e.id
                where se.story_id = ?1 and e.status in (%s)
                group by 1 order by 1 desc limit %d""".formatted(visibility.sqlList(), MONTHS))
                .setParameter(1, story.id).getResultList();
        long busiest = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).max().orElse(1);
        List<MonthBar> bars = new ArrayList<>();
        for (Object[] r : rows) {
            long count = ((Number) r[1]).longValue();
            bars.add(0, new MonthBar(YearMonth.from(toLocalDate(r[0])), count, (int) Math.max(4, 100 * count / busiest)));
        }
        return bars;
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    private List<Source> sources(Story story) {
        return em().createQuery("select s from Source s where s.id in " + StoryScope.SOURCES + " order by s.publishedAt desc, s.id desc", Source.class)
                .setParameter("story", story.id).setMaxResults(SOURCES).getResultList();
    }

    private long sourceCount(Story story) {
        return em().createQuery("select count(s) from Source s where s.id in " + StoryScope.SOURCES, Long.class)
                .setParameter("story", story.id).getSingleResult();
    }

    private long eventCount(Story story) {
        return em().createQuery("select count(e) from Event e where e.id in " + StoryScope.EVENTS + " and e.status in :visible", Long.class)
                .setParameter("story", story.id).setParameter("visible", visibility.statuses()).getSingleResult();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
