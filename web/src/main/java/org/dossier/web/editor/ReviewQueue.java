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
        Loaded loaded = load("event", "event");
        return inOrder(Event.<Event>list("id in ?1", loaded.ids()), e -> e.id, loaded.ids()).stream()
                .map(e -> loaded.item(FactType.EVENT, e.id, e.version, e.summary,
                        e.kind.label() + " · " + e.happened.display() + (e.place == null ? "" : " · " + e.place.name)))
                .toList();
    }

    private List<QueueItem> statements() {
        Loaded loaded = load("statement", "statement");
        return inOrder(Statement.<Statement>list("id in ?1", loaded.ids()), s -> s.id, loaded.ids()).stream()
                .map(s -> loaded.item(FactType.STATEMENT, s.id, s.version, s.direct ? "“" + s.content + "”" : s.content,
                        (s.speaker == null ? "no speaker found" : s.speaker.canonicalName) + (s.cueVerb == null ? "" : " · " + s.cueVerb)))
                .toList();
    }

    private List<QueueItem> positions() {
        Loaded loaded = load("position", "position");
        return inOrder(Position.<Position>list("id in ?1", loaded.ids()), p -> p.id, loaded.ids()).stream()
                .map(p -> loaded.item(FactType.POSITION, p.id, p.version, p.actor.canonicalName + " " + p.stance.code() + " " + p.issue,
                        "position since " + p.since.display()))
                .toList();
    }

    private List<QueueItem> roles() {
        Loaded loaded = load("actor_role", "actorRole");
        return inOrder(ActorRole.<ActorRole>list("id in ?1", loaded.ids()), r -> r.id, loaded.ids()).stream()
                .map(r -> loaded.item(FactType.ROLE, r.id, r.version, r.actor.canonicalName + ": " + r.describe(), "title"))
                .toList();
    }

    /** The proposed facts of one kind, most reported first, with their source counts and evidence. */
    private record Loaded(List<Long> ids, Map<Long, Long> sources, Map<Long, List<EvidenceView>> evidence) {
        QueueItem item(FactType type, long id, int version, String title, String detail) {
            return new QueueItem(type, id, version, title, detail, sources.getOrDefault(id, 0L), evidence.getOrDefault(id, List.of()));
        }
    }

    private static Loaded load(String table, String fact) {
        List<Long> ids = mostReported(table);
        return new Loaded(ids, sourceCounts(fact, ids), evidence(fact, ids));
    }

    private static <F> List<F> inOrder(List<F> facts, java.util.function.Function<F, Long> id, List<Long> order) {
        Map<Long, F> byId = facts.stream().collect(Collectors.toMap(id, f -> f));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
            List<EvidenceView> shown = byFact.computeIfAbsent(ev.factId(), k -> new ArrayList<>());
            if (shown.size() < EVIDENCE_SHOWN) {
                shown.add(EvidenceView.of(ev));
            }
        }
        return byFact;
    }
}
