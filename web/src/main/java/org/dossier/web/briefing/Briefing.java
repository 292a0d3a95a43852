package org.dossier.web.briefing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;

/**
 * What a story's page shows: the state of the story as of its latest source.
 *
 * @param published the latest version editors published, or null: the draft never shows here
 * @param asOf publication time of the newest source filed under the story, null when it has none
 */
public record Briefing(
        Story story,
        PublishedBriefing published,
        Instant asOf,
        List<Development> developments,
        List<Person> whoIsWho,
        PositionGrid positions,
        List<Statement> quotes,
        List<Meeting> meetings,
        List<MonthBar> compactTimeline,
        List<Source> sources,
        long sourceCount,
        long eventCount) {

    /** An event with the number of independent sources reporting it. */
    public record Development(Event event, long sourceCount) {
    }

    /** An actor with the role it holds now (null when none is known) and how often it appears. */
    public record Person(Actor actor, ActorRole role, long appearances) {
    }

    /** Actors × issues; a cell is the actor's latest stance on the issue, or null. */
    public record PositionGrid(List<String> issues, List<PositionRow> rows) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    public record PositionRow(Actor actor, List<PositionCell> cells) {
    }

    /** A stance and where to read it; {@code position} is null for an empty cell. */
    public record PositionCell(Position position, String evidenceHref) {
    }

    /** One month of the compact timeline: how many events, as a share of the busiest month. */
    public record MonthBar(YearMonth month, long count, int percent) {
        public String label() {
            return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + month.getYear();
        }
    }
}
