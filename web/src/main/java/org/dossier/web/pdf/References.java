package org.dossier.web.pdf;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.core.source.Source;

/** Numbers sources in the order a briefing first cites them: [1] is the first source cited. */
final class References {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Map<Long, Integer> numbers = new LinkedHashMap<>();
    private final List<PrintableBriefing.Reference> listed = new ArrayList<>();

    /** The source's number, given it the first time it is cited; 0 for no source. */
    int cite(Source source) {
        if (source == null) {
            return 0;
        }
        return numbers.computeIfAbsent(source.id, id -> {
            int number = numbers.size() + 1;
            listed.add(new PrintableBriefing.Reference(number, source.title, source.outlet, DAY.format(source.publishedAt), source.url));
            return number;
        });
    }

    List<PrintableBriefing.Reference> list() {
        return List.copyOf(listed);
    }
}
