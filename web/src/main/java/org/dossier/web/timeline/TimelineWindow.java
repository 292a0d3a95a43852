package org.dossier.web.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * What the timeline draws for one window: the events themselves when there are few enough, else
 * clusters counting them per {@link Bucket}. Either way the browser gets at most a few hundred things.
 *
 * @param laneKind how items are divided into lanes: none, kind or actor
 * @param total events matching the filter in the window
 * @param unit the cluster period, null when {@code items} are given
 */
public record TimelineWindow(LocalDate from, LocalDate to, String laneKind, long total, String unit, List<Lane> lanes, List<Item> items,
        List<Cluster> clusters) {

    public record Lane(String id, String label) {
    }

    /**
     * One event. {@code end} is its last day (inclusive); {@code precision} tells the browser to draw
     * a month-precise event over its month, not on a made-up day.
     */
    public record Item(String id, long eventId, String lane, LocalDate start, LocalDate end, String precision, String display, String kind,
            String summary, String place) {
    }

    public record Cluster(String id, String lane, LocalDate start, LocalDate end, long count) {
    }

    public boolean isAggregated() {
        return unit != null;
    }
}
