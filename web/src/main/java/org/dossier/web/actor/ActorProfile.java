package org.dossier.web.actor;

import java.time.Instant;
import java.util.List;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;

/** Everything a reader learns about one actor on its page. */
public record ActorProfile(
        Actor actor,
        List<RoleHeld> roles,
        List<Statement> statements,
        long statementCount,
        List<IssueHistory> positions,
        List<Meeting> meetings,
        List<Event> events) {

    /** A title as the news reported it, from the first source that did. */
    public record RoleHeld(ActorRole role, Instant firstReported) {
    }

    /** An actor's stances on one issue in the order they were taken; a change is a new stance. */
    public record IssueHistory(String issue, List<Position> stances) {
        public boolean changed() {
            return stances.stream().map(p -> p.stance).distinct().count() > 1;
        }
    }
}
