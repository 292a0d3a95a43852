package org.dossier.web.editor;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.evidence.Evidence;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.dossier.web.evidence.EvidenceView;

/**
 * The proposed facts, most-reported first: a fact several sources report is likelier true and
 * matters more, so it is reviewed first; among equals, the newest first. Each kind is read with one query for the facts, one for
 * their source counts and one for their evidence.
 */
@ApplicationScoped
public class ReviewQueue {

    static final int PER_KIND = 40;
    static final int EVIDENCE_SHOWN = 2;

    public List<QueueItem> next() {
        List<QueueItem> items = new ArrayList<>();
        items.addAll(events());
        items.addAll(statements());
        items.addAll(positions());
        items.addAll(roles());
        items.sort(Comparator.comparingLong(QueueItem::sources).reversed().thenComparing(QueueItem::type).thenComparing(Comparator.comparingLong(QueueItem::id).reversed()));
        return items;
    }

    public long waiting() {
        return Event.count("status", ReviewStatus.PROPOSED) + Statement.count("status", ReviewStatus.PROPOSED)
                + Position.count("status", ReviewStatus.PROPOSED) + ActorRole.count("status", ReviewStatus.PROPOSED);
    }

    private List<QueueItem> events() {
        List<Long> ids = mostReported("event");
        Map<Long, Event> events = Event.<Event>list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, e -> e));
        Map<Long, List<EvidenceView>> evidence = evidence("event", ids);
        Map<Long, Long> sources = sourceCounts("event", ids);
        return ids.stream().map(events::get).map(e -> new QueueItem(FactType.EVENT, e.id, e.version, e.summary,
                e.kind.label() + " · " + e.happened.display() + (e.place == null ? "" : " · " + e.place.name),
                sources.getOrDefault(e.id, 0L), evidence.getOrDefault(e.id, List.of()))).toList();
    }

    private List<QueueItem> statements() {
        List<Long> ids = mostReported("statement");
        Map<Long, Statement> statements = Statement.<Statement>list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
        Map<Long, List<EvidenceView>> evidence = evidence("statement", ids);
        Map<Long, Long> sources = sourceCounts("statement", ids);
        return ids.stream().map(statements::get).map(s -> new QueueItem(FactType.STATEMENT, s.id, s.version,
                (s.direct ? "“" + s.content + "”" : s.content),
                (s.speaker == null ? "no speaker found" : s.speaker.canonicalName) + (s.cueVerb == null ? "" : " · " + s.cueVerb),
                sources.getOrDefault(s.id, 0L), evidence.getOrDefault(s.id, List.of()))).toList();
    }

    private List<QueueItem> positions() {
        List<Long> ids = mostReported("position");
        Map<Long, Position> positions = Position.<Position>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        Map<Long, List<EvidenceView>> evidence = evidence("position", ids);
        Map<Long, Long> sources = sourceCounts("position", ids);
        return ids.stream().map(positions::get).map(p -> new QueueItem(FactType.POSITION, p.id, p.version,
                p.actor.canonicalName + " " + p.stance.code() + " " + p.issue, "position since " + p.since.display(),
                sources.getOrDefault(p.id, 0L), evidence.getOrDefault(p.id, List.of()))).toList();
    }

    private List<QueueItem> roles() {
        List<Long> ids = mostReported("actor_role");
        Map<Long, ActorRole> roles = ActorRole.<ActorRole>list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, r -> r));
        Map<Long, List<EvidenceView>> evidence = evidence("actorRole", ids);
        Map<Long, Long> sources = sourceCounts("actorRole", ids);
        return ids.stream().map(roles::get).map(r -> new QueueItem(FactType.ROLE, r.id, r.version, r.actor.canonicalName + ": " + r.describe(),
                "title", sources.getOrDefault(r.id, 0L), evidence.getOrDefault(r.id, List.of()))).toList();
    }

    /** Ids of the proposed facts in this table, most sources first. */
    @SuppressWarnings("unchecked")
    private static List<Long> mostReported(String table) {
        String column = table + "_id";
        List<Number> ids = Panache.getEntityManager().createNativeQuery("""
                select f.id from %s f left join evidence ev on ev.%s = f.id
                where f.status = 'proposed' group by f.id order by count(distinct ev.source_id) desc, f.id desc limit %d"""
                .formatted(table, column, PER_KIND)).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static Map<Long, Long> sourceCounts(String fact, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Panache.getEntityManager().createQuery("select ev." + fact + ".id, count(distinct ev.source.id) from Evidence ev where ev."
                        + fact + ".id in :ids group by ev." + fact + ".id", Object[].class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private static Map<Long, List<EvidenceView>> evidence(String fact, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Evidence> all = Panache.getEntityManager().createQuery("select ev from Evidence ev join fetch ev.source where ev." + fact
                + ".id in :ids order by ev.id", Evidence.class).setParameter("ids", ids).getResultList();
        Map<Long, List<EvidenceView>> byFact = new java.util.HashMap<>();
        for (Evidence ev : all) {
            long factId = switch (fact) {
                case "event" -> ev.event.id;
                case "statement" -> ev.statement.id;
                case "position" -> ev.position.id;
                default -> ev.actorRole.id;
            };
            List<EvidenceView> shown = byFact.computeIfAbsent(factId, k -> new ArrayList<>());
            if (shown.size() < EVIDENCE_SHOWN) {
                shown.add(EvidenceView.of(ev));
            }
        }
        return byFact;
    }
}
