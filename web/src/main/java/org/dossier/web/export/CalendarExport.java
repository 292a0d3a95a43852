package org.dossier.web.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dossier.web.event.EventRow;

/**
 * Events as an iCalendar feed (RFC 5545): all-day events over the period each is known at, so a
 * month-precise event spans its month. Text is escaped and lines folded at 75 octets.
 */
public final class CalendarExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarExport() {
    }

    public static String of(String calendarName, List<EventRow> events, String baseUrl, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Dossier//Story events//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        for (EventRow e : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:event-" + e.id() + "@dossier");
            line(ics, "DTSTAMP:" + STAMP.format(stamp));
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(e.happened().start()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(e.happened().end().plusDays(1)));
            line(ics, "SUMMARY:" + text(e.summary()));
            line(ics, "DESCRIPTION:" + text(e.kind().replace('_', ' ') + ", " + e.happened().display()));
            if (e.place() != null) {
                line(ics, "LOCATION:" + text(e.place()));
            }
            line(ics, "URL:" + baseUrl + "/events/" + e.id());
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line so no physical line exceeds 75 octets, never splitting a character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
