package org.dossier.web.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dossier.core.event.EventKind;
import org.dossier.web.page.Params;
import org.dossier.web.reading.SqlConditions;

/**
 * Which events a reader asked for: by story, actor, kind, place, period and words. The period keeps
 * every event whose fuzzy date overlaps it, so "Oct 2016" is in a window of 14–20 October.
 */
public record EventFilter(Optional<String> story, Optional<Long> actor, Optional<EventKind> kind, Optional<String> place,
        Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> words) {

    public static EventFilter none() {
        return new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** From query parameters as typed; malformed ones are a 400 naming the parameter. */
    public static EventFilter parse(String story, String actor, String kind, String place, String from, String to, String words) {
        Optional<LocalDate> start = Params.date("from", from);
        Optional<LocalDate> end = Params.date("to", to);
        Params.requireOrdered(start, end);
        return new EventFilter(Params.text(story), Params.id("actor", actor), Params.code(EventKind.class, "kind", kind), Params.text(place),
                start, end, Params.text(words));
    }

    public EventFilter withStory(String slug) {
        return new EventFilter(Optional.of(slug), actor, kind, place, from, to, words);
    }

    /** The same filter over all time. */
    public EventFilter withoutPeriod() {
        return new EventFilter(story, actor, kind, place, Optional.empty(), Optional.empty(), words);
    }

    public EventFilter within(LocalDate start, LocalDate end) {
        return new EventFilter(story, actor, kind, place, Optional.of(start), Optional.of(end), words);
    }

    /** The conditions on an event aliased {@code e}, visible statuses included. */
    public SqlConditions conditions(String visibleStatuses, SqlConditions sql) {
        sql.add("e.status in (" + visibleStatuses + ")");
        story.ifPresent(slug -> sql.add("exists (select 1 from story_event se where se.event_id = e.id and se.story_id = (select s.id from story s where s.slug = ?))", slug));
        actor.ifPresent(id -> sql.add("exists (select 1 from event_participant ep where ep.event_id = e.id and ep.actor_id = ?)", id));
        kind.ifPresent(k -> sql.add("e.kind = ?", k.code()));
        place.ifPresent(name -> sql.add("e.place_id in (select p.id from place p where lower(p.name) = lower(?))", name));
        period().ifPresent(period -> sql.add("daterange(e.happened_start, e.happened_end, '[]') && daterange(?, ?, '[]')", period[0], period[1]));
        words.ifPresent(w -> sql.add("e.search @@ websearch_to_tsquery('english', ?)", w));
        return sql;
    }

    /** The period as bounds for an overlap test on the event_happened_period_idx index; an open side is unbounded. */
    private Optional<LocalDate[]> period() {
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {from.orElse(LocalDate.of(1, 1, 1)), to.orElse(LocalDate.of(9999, 12, 31))});
    }

    /** The filter as query parameters, for links that keep it. */
    public Map<String, String> asParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        story.ifPresent(v -> params.put("story", v));
        actor.ifPresent(v -> params.put("actor", v.toString()));
        kind.ifPresent(v -> params.put("kind", v.code()));
        place.ifPresent(v -> params.put("place", v));
        from.ifPresent(v -> params.put("from", v.toString()));
        to.ifPresent(v -> params.put("to", v.toString()));
        words.ifPresent(v -> params.put("q", v));
        return params;
    }
}
