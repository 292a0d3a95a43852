package org.dossier.web.export;

import java.util.List;
import org.dossier.web.event.EventRow;

/**
 * Events as CSV (RFC 4180, UTF-8, CRLF). Every field is quoted, and a field that a spreadsheet would
 * run as a formula (=, +, -, @ first) is prefixed with an apostrophe, so an export never executes.
 */
public final class CsvExport {

    static final String HEADER = "id,start,end,precision,date,kind,summary,place,url";

    private CsvExport() {
    }

    public static String of(List<EventRow> events, String baseUrl) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (EventRow e : events) {
            csv.append(String.join(",", List.of(String.valueOf(e.id()), field(e.happened().start().toString()), field(e.happened().end().toString()),
                    field(e.happened().precision().code()), field(e.happened().display()), field(e.kind()), field(e.summary()),
                    field(e.place() == null ? "" : e.place()), field(baseUrl + "/events/" + e.id())))).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
