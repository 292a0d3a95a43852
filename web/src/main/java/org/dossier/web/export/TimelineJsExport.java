package org.dossier.web.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.time.FuzzyDate;
import org.dossier.web.event.EventRow;

/**
 * Events in TimelineJS's JSON format. A date carries only the parts known (a month-precise event has
 * no day), and text is HTML-escaped because TimelineJS renders it as HTML.
 */
public final class TimelineJsExport {

    private TimelineJsExport() {
    }

    public static Map<String, Object> of(String title, String description, List<EventRow> events, String baseUrl) {
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("title", Map.of("text", Map.of("headline", html(title), "text", html(description))));
        timeline.put("events", events.stream().map(e -> event(e, baseUrl)).toList());
        return timeline;
    }

    private static Map<String, Object> event(EventRow e, String baseUrl) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("unique_id", "event-" + e.id());
        event.put("start_date", date(e.happened(), e.happened().start()));
        if (!e.happened().start().equals(e.happened().end()) && e.happened().precision() == org.dossier.core.time.Precision.DAY) {
            event.put("end_date", date(e.happened(), e.happened().end()));
        }
        event.put("display_date", e.happened().display());
        String where = e.place() == null ? "" : " · " + html(e.place());
        event.put("text", Map.of("headline", html(e.summary()),
                "text", html(e.kind().replace('_', ' ')) + where + " · <a href=\"" + html(baseUrl) + "/events/" + e.id() + "\">evidence</a>"));
        event.put("group", e.kind().replace('_', ' '));
        return event;
    }

    private static Map<String, Object> date(FuzzyDate fuzzy, LocalDate day) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("year", day.getYear());
        switch (fuzzy.precision()) {
            case YEAR -> { }
            case QUARTER, MONTH -> date.put("month", day.getMonthValue());
            default -> {
                date.put("month", day.getMonthValue());
                date.put("day", day.getDayOfMonth());
            }
        }
        return date;
    }

    static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
