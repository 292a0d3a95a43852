package org.dossier.core.actor;

import java.util.ArrayList;
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

    /** The actor known by this name, if exactly one (of that kind, when given) is. */
    public Optional<Actor> resolve(String name, ActorKind kind) {
        return single(byKey.getOrDefault(AliasKey.of(name), List.of()), kind);
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

    static Optional<Actor> single(List<Actor> candidates, ActorKind kind) {
        List<Actor> ofKind = candidates.stream().filter(actor -> kind == null || actor.kind == kind).toList();
        return ofKind.size() == 1 ? Optional.of(ofKind.get(0)) : Optional.empty();
    }
}
