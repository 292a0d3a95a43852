package org.dossier.web.timeline;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.event.EventKind;
import org.dossier.core.time.FuzzyDate;
import org.dossier.web.event.EventFilter;
import org.dossier.web.event.EventListing;
import org.dossier.web.event.EventRow;
import org.dossier.web.reading.SqlConditions;
import org.dossier.web.reading.Visibility;
import org.dossier.web.timeline.TimelineWindow.Cluster;
import org.dossier.web.timeline.TimelineWindow.Item;
import org.dossier.web.timeline.TimelineWindow.Lane;

/**
 * Answers a timeline window: the events overlapping it, or when more than {@link #MAX_ITEMS} do,
 * their counts per period and lane. Counts come from {@link PeriodCounts} (in memory per content
 * generation); the events themselves from one range scan of the period index, bounded by the limit.
 * Actor lanes, where an event counts once per actor, are counted by the database for each window.
 */
@ApplicationScoped
public class TimelineWindows {

    public static final int MAX_ITEMS = 300;
    static final int ACTOR_LANES = 8;
    static final String OTHERS = "others";
    /** Actor lanes go to the actors most present among the window's latest events, this many of them. */
    static final int ACTOR_SAMPLE = 5_000;

    private final Visibility visibility;
    private final EventListing listing;
    private final PeriodCounts periodCounts;

    TimelineWindows(Visibility visibility, EventListing listing, PeriodCounts periodCounts) {
        this.visibility = visibility;
        this.listing = listing;
        this.periodCounts = periodCounts;
    }

    /** The filter's from and to must be set: they are the window. */
    public TimelineWindow window(EventFilter filter, Lanes lanes) {
        LocalDate from = filter.from().orElseThrow();
        LocalDate to = filter.to().orElseThrow();
        if (lanes == Lanes.ACTOR) {
            return byActor(filter, from, to);
        }
        List<PeriodCounts.Tally> tallies = periodCounts.of(filter, lanes);
        long total = PeriodCounts.total(tallies, from, to);
        List<Lane> laneList = lanes(filter, lanes);
        if (total > MAX_ITEMS) {
            Bucket bucket = Bucket.fitting(from, to);
            return new TimelineWindow(from, to, lanes.code(), total, bucket.field(), laneList, List.of(), PeriodCounts.clusters(tallies, from, to, bucket));
        }
        List<EventRow> rows = listing.chronological(filter, MAX_ITEMS, 0);
        return new TimelineWindow(from, to, lanes.code(), rows.size(), null, laneList, items(rows, lanes, laneList), List.of());
    }

    /** Actor lanes count an event once per actor, so they are counted by the database for each window. */
    private TimelineWindow byActor(EventFilter filter, LocalDate from, LocalDate to) {
        Lanes lanes = Lanes.ACTOR;
        List<EventRow> rows = listing.chronological(filter, MAX_ITEMS + 1, 0);
        List<Lane> laneList = lanes(filter, lanes);
        if (rows.size() > MAX_ITEMS) {
            Bucket bucket = Bucket.fitting(from, to);
            List<Cluster> clusters = actorClusters(filter, laneList, bucket);
            long total = listing.count(filter);
            return new TimelineWindow(from, to, lanes.code(), total, bucket.field(), laneList, List.of(), clusters);
        }
        return new TimelineWindow(from, to, lanes.code(), rows.size(), null, laneList, items(rows, lanes, laneList), List.of());
    }

    private List<Lane> lanes(EventFilter filter, Lanes lanes) {
        return switch (lanes) {
            case NONE -> List.of(new Lane("all", "Events"));
            case KIND -> java.util.Arrays.stream(EventKind.values()).map(k -> new Lane(k.code(), k.label())).toList();
            case ACTOR -> actorLanes(filter);
        };
    }

    @SuppressWarnings("unchecked")
    private List<Lane> actorLanes(EventFilter filter) {
        SqlConditions where = filter.conditions(visibility.sqlList(), new SqlConditions());
        List<Object[]> rows = where.bind(em().createNativeQuery("""
                select a.id, a.canonical_name
                from (select e.id from event e %s order by e.happened_start desc limit %d) e
                join event_participant ep on ep.event_id = e.id join actor a on a.id = ep.actor_id
                group by a.id, a.canonical_name order by count(*) desc, a.canonical_name limit %d""".formatted(where.where(), ACTOR_SAMPLE, ACTOR_LANES)))
                .getResultList();
        List<Lane> lanes = new ArrayList<>(rows.stream().map(r -> new Lane("a" + r[0], (String) r[1])).toList());
        lanes.add(new Lane(OTHERS, "Others"));
        return lanes;
    }

    private List<Item> items(List<EventRow> rows, Lanes lanes, List<Lane> laneList) {
        Map<Long, List<String>> actorLanes = lanes == Lanes.ACTOR ? participantLanes(rows, laneList) : Map.of();
        List<Item> items = new ArrayList<>();
        for (EventRow row : rows) {
            FuzzyDate date = row.happened();
            List<String> laneIds = switch (lanes) {
                case NONE -> List.of("all");
                case KIND -> List.of(row.kind());
                case ACTOR -> actorLanes.getOrDefault(row.id(), List.of(OTHERS));
            };
            for (String lane : laneIds) {
                items.add(new Item("e" + row.id() + (lanes == Lanes.ACTOR ? "-" + lane : ""), row.id(), lane, date.start(), date.end(),
                        date.precision().code(), date.display(), row.kind(), row.summary(), row.place()));
            }
        }
        return items;
    }

    /** For each event, the actor lanes it belongs in. */
    @SuppressWarnings("unchecked")
    private Map<Long, List<String>> participantLanes(List<EventRow> rows, List<Lane> laneList) {
        List<Long> ids = rows.stream().map(EventRow::id).toList();
        List<String> named = laneList.stream().map(Lane::id).toList();
        Map<Long, List<String>> lanes = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return lanes;
        }
        List<Object[]> participants = em().createNativeQuery("select ep.event_id, ep.actor_id from event_participant ep where ep.event_id in (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object[] p : participants) {
            String lane = "a" + p[1];
            if (named.contains(lane)) {
                List<String> of = lanes.computeIfAbsent(((Number) p[0]).longValue(), k -> new ArrayList<>());
                if (!of.contains(lane)) {
                    of.add(lane);
                }
            }
        }
        return lanes;
    }

    @SuppressWarnings("unchecked")
    private List<Cluster> actorClusters(EventFilter filter, List<Lane> laneList, Bucket bucket) {
        SqlConditions where = filter.conditions(visibility.sqlList(), new SqlConditions());
        List<Long> actorIds = laneList.stream().filter(l -> !l.id().equals(OTHERS)).map(l -> Long.parseLong(l.id().substring(1))).toList();
        // Actor ids come from the database, never from the request.
        String join = actorIds.isEmpty() ? "left join (select null::bigint as event_id, null::text as lane) named on false"
                : "left join (select ep.event_id, 'a' || ep.actor_id as lane from event_participant ep where ep.actor_id in ("
                        + String.join(", ", actorIds.stream().map(String::valueOf).toList()) + ")) named on named.event_id = e.id";
        List<Object[]> rows = where.bind(em().createNativeQuery("""
                select cast(date_trunc('%s', e.happened_start) as date) as bucket, coalesce(named.lane, '%s') as lane, count(*)
                from event e %s %s group by 1, 2 order by 1, 2""".formatted(bucket.field(), OTHERS, join, where.where()))).getResultList();
        return rows.stream().map(r -> {
            LocalDate start = EventListing.day(r[0]);
            return new Cluster("c" + start + "-" + r[1], (String) r[1], start, bucket.lastDay(start), ((Number) r[2]).longValue());
        }).toList();
    }

    private static jakarta.persistence.EntityManager em() {
        return Panache.getEntityManager();
    }
}
