package org.dossier.web.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A briefing as it prints: every fact that came from an article cites its source by number, and
 * the sources are listed, numbered, at the end.
 *
 * @param edition "Version 3" or "Draft"
 */
public record PrintableBriefing(String storyTitle, String title, String edition, LocalDate asOf, Instant printedAt, String summaryHtml,
        List<CitedEvent> keyEvents, List<CitedQuote> keyQuotes, List<CitedEvent> developments, List<CitedPerson> whoIsWho,
        List<String> issues, List<PositionLine> positions, String timelineSvg, List<Reference> sources) {

    /** An event with the number of the source that reported it (0 when none did). */
    public record CitedEvent(String date, String kind, String summary, String place, int source) {
    }

    /** An actor with its current title ("Foreign Minister, Russia") and the source that gave it, or its kind. */
    public record CitedPerson(String name, String kind, String role, int source) {
    }

    public record CitedQuote(String speaker, String role, String content, boolean direct, int source) {
    }

    /** One actor's row of the positions table: per issue a stance ("opposes since 15 Oct 2016 [3]") or empty. */
    public record PositionLine(String actor, List<String> stances) {
    }

    public record Reference(int number, String title, String outlet, String published, String url) {
    }
}
