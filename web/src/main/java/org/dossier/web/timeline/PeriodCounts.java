package org.dossier.web.timeline;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.web.cache.ContentGeneration;
import org.dossier.web.event.EventFilter;
import org.dossier.web.event.EventListing;
import org.dossier.web.reading.SqlConditions;
import org.dossier.web.reading.Visibility;
import org.dossier.web.timeline.TimelineWindow.Cluster;

/**
 * How many events a filter selects, counted per period (first and last day) and lane, over all time:
 * one grouped query per filter and content generation, after which every window of that filter is
 * counted and clustered in memory. A story of 100,000 events has a few tens of thousands of distinct
 * periods, so panning and zooming through it costs no query at all until the content changes.
 */
@ApplicationScoped
public class PeriodCounts {

    static final int CAPACITY = 16;

    /** Events sharing one period and lane. */
    public record Tally(LocalDate start, LocalDate end, String lane, long count) {
        boolean overlaps(LocalDate from, LocalDate to) {
            return !start.isAfter(to) && !end.isBefore(from);
        }
    }

    private record Key(EventFilter filter, Lanes lanes, long generation) {
    }

    private final Visibility visibility;
    private final ContentGeneration generation;
    private final Map<Key, List<Tally>> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Tally>> eldest) {
            return size() > CAPACITY;
        }
    };

    PeriodCounts(Visibility visibility, ContentGeneration generation) {
        this.visibility = visibility;
        this.generation = generation;
    }

    /** Lanes by kind or none only: an event has one lane there, so counts add up. */
    public List<Tally> of(EventFilter filter, Lanes lanes) {
        if (lanes == Lanes.ACTOR) {
            throw new IllegalArgumentException("Actor lanes count an event once per actor; ask the database");
        }
        Key key = new Key(filter.withoutPeriod(), lanes, generation.current());
        List<Tally> hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        if (hit != null) {
            return hit;
        }
        List<Tally> counted = count(key.filter(), lanes);
        synchronized (cache) {
            cache.put(key, counted);
        }
        return counted;
    }

    public static long total(List<Tally> tallies, LocalDate from, LocalDate to) {
        return tallies.stream().filter(t -> t.overlaps(from, to)).mapToLong(Tally::count).sum();
    }

    /** Clusters as the database would group them: by the bucket of each event's first day, per lane. */
    public static List<Cluster> clusters(List<Tally> tallies, LocalDate from, LocalDate to, Bucket bucket) {
        Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
        for (Tally t : tallies) {
            if (t.overlaps(from, to)) {
                counts.computeIfAbsent(bucket.truncate(t.start()), b -> new TreeMap<>()).merge(t.lane(), t.count(), Long::sum);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        counts.forEach((start, lanes) -> lanes.forEach((lane, count) ->
                clusters.add(new Cluster("c" + start + "-" + lane, lane, start, bucket.lastDay(start), count))));
        return clusters;
    }

    @SuppressWarnings("unchecked")
    private List<Tally> count(EventFilter filter, Lanes lanes) {
        SqlConditions where = filter.conditions(visibility.sqlList(), new SqlConditions());
        String lane = lanes == Lanes.KIND ? "e.kind" : "'all'";
        List<Object[]> rows = where.bind(Panache.getEntityManager().createNativeQuery(
                "select e.happened_start, e.happened_end, " + lane + ", count(*) from event e " + where.where() + " group by 1, 2, 3"))
                .getResultList();
        return rows.stream().map(r -> new Tally(EventListing.day(r[0]), EventListing.day(r[1]), (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }
}
