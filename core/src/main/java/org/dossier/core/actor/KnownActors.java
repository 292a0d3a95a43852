package org.dossier.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors known by a batch of names, looked up in one query (see
 * {@link ActorDirectory#knownBy}): an article's names at once, rather than a query, and a flush of
 * everything pending, per name. An actor created through it is known to it from then on. Lives
 * within the transaction that made it.
 */
public final class KnownActors {

    private final Map<String, List<Actor>> byKey;

    KnownActors(Map<String, List<Actor>> byKey) {
        this.byKey = byKey;
    }

    /** The actor known by this name, as {@link ActorDirectory#resolve(String, ActorKind)} finds it. */
    public Optional<Actor> resolve(String name, ActorKind kind) {
        String key = AliasKey.of(name);
        return single(key, byKey.getOrDefault(key, List.of()), kind);
    }

    /** The ids of every actor known by one of the names, whichever kind it is. */
    public Long[] ids() {
        return byKey.values().stream().flatMap(List::stream).map(actor -> actor.id).distinct().toArray(Long[]::new);
    }

    /** The actor for this name, created with it as canonical name when nobody is known by it. */
    public Actor resolveOrCreate(String name, ActorKind kind) {
        return resolve(name, kind).orElseGet(() -> {
            Actor actor = Actor.named(kind, name);
            actor.persist();
            byKey.computeIfAbsent(AliasKey.of(name), key -> new ArrayList<>()).add(actor);
            return actor;
        });
    }

    /**
     * The one candidate (of that kind, when given). When several of the kind are known by the name,
     * as "Obama" is by "Barack Obama" and by an actor named "Obama" alone, the oldest called exactly
     * that is meant: otherwise every later "Obama" would be ambiguous and make yet another actor.
     * Without a kind, several candidates stay ambiguous ("Georgia" the country and the person).
     */
    static Optional<Actor> single(String key, List<Actor> candidates, ActorKind kind) {
        List<Actor> ofKind = candidates.stream().filter(actor -> kind == null || actor.kind == kind).toList();
        if (ofKind.size() == 1) {
            return Optional.of(ofKind.get(0));
        }
        if (kind == null) {
            return Optional.empty();
        }
        return ofKind.stream().filter(actor -> AliasKey.of(actor.canonicalName).equals(key)).min(Comparator.comparing(actor -> actor.id));
    }
}
