package org.dossier.web.page;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values read on a page: dates as "15 Oct 2016", in UTC, the zone Dossier stores them in. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code {source.publishedAt.day}} → "15 Oct 2016" */
    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** {@code {source.importedAt.dayAndTime}} → "15 Oct 2016, 14:30 UTC" */
    static String dayAndTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }

    /** {@code {source.publishedAt.iso}} → "2016-10-15T00:00:00Z", for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** {@code {count.plural('source')}} → "1 source", "3 sources" */
    static String plural(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
