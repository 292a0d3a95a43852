package org.dossier.web.actor;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.core.actor.Actor;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.dossier.web.actor.ActorProfile.IssueHistory;
import org.dossier.web.actor.ActorProfile.RoleHeld;
import org.dossier.web.reading.Visibility;

/** Reads an actor's profile: bounded lists, newest first, of what readers may see. */
@ApplicationScoped
public class ActorProfiles {

    static final int LIMIT = 30;

    private final Visibility visibility;

    ActorProfiles(Visibility visibility) {
        this.visibility = visibility;
    }

    public ActorProfile of(Actor actor) {
        List<Statement> statements = Statement.find("speaker = ?1 and status in ?2 order by id desc", actor, visibility.statuses())
                .page(0, LIMIT).list();
        long statementCount = Statement.count("speaker = ?1 and status in ?2", actor, visibility.statuses());
        return new ActorProfile(actor, roles(actor), statements, statementCount, positions(actor), meetings(actor), events(actor));
    }

    private List<RoleHeld> roles(Actor actor) {
        Map<Long, Instant> firstReported = Panache.getEntityManager()
                .createQuery("select ev.actorRole.id, min(ev.source.publishedAt) from Evidence ev where ev.actorRole.actor = :actor group by ev.actorRole.id",
                        Object[].class)
                .setParameter("actor", actor).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Instant) r[1]));
        return actor.roles.stream().filter(r -> visibility.shows(r.status))
                .map(r -> new RoleHeld(r, firstReported.get(r.id)))
                .sorted(Comparator.comparing(RoleHeld::firstReported, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private List<IssueHistory> positions(Actor actor) {
        List<Position> all = Position.list("actor = ?1 and status in ?2 order by since.start, id", actor, visibility.statuses());
        // "the draft resolution" and "a draft resolution" are one issue, shown as first worded.
        Map<String, List<Position>> byIssue = all.stream()
                .collect(Collectors.groupingBy(Position::issueKey, LinkedHashMap::new, Collectors.toList()));
        return byIssue.values().stream().map(stances -> new IssueHistory(stances.get(0).issue, stances)).toList();
    }

    private List<Meeting> meetings(Actor actor) {
        return Meeting.find("select m from Meeting m join fetch m.event e left join fetch e.place join e.participants p "
                        + "where p.actor = ?1 and e.status in ?2 order by e.happened.start desc, e.id desc", actor, visibility.statuses())
                .page(0, LIMIT).list();
    }

    private List<Event> events(Actor actor) {
        return Event.find("select distinct e from Event e join e.participants p where p.actor = ?1 and e.status in ?2 and e.kind <> ?3 "
                        + "order by e.happened.start desc, e.id desc", actor, visibility.statuses(), EventKind.MEETING)
                .page(0, LIMIT).list();
    }
}
