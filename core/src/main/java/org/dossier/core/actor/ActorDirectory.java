package org.dossier.core.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds actors by any name they are known under. A name that resolves to an actor merged into
 * another resolves to the survivor, so old aliases keep working after a merge.
 */
@ApplicationScoped
public class ActorDirectory {

    /**
     * The actor known by this name, if exactly one (of that kind, when given) is; of several of the
     * kind, the oldest whose canonical name it is (see {@link KnownActors#single}).
     */
    public Optional<Actor> resolve(String name, ActorKind kind) {
        return KnownActors.single(AliasKey.of(name), candidates(name), kind);
    }

    public Optional<Actor> resolve(String name) {
        return resolve(name, null);
    }

    /** Every live actor one of whose aliases has this key. */
    public List<Actor> candidates(String name) {
        String key = AliasKey.of(name);
        List<Actor> named = Actor.find(
                "select distinct a.actor from ActorAlias a where a.normalizedName = ?1", key).list();
        return named.stream().map(ActorDirectory::survivor).distinct().toList();
    }

    /** The live actors known by each of these names, found in one query. */
    public KnownActors knownBy(Collection<String> names) {
        Set<String> keys = names.stream().map(AliasKey::of).filter(key -> !key.isEmpty()).collect(Collectors.toSet());
        Map<String, List<Actor>> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            // One array parameter, not an IN list, so the query is translated once whatever the number of names;
            // "= any" and not HQL's array_contains, which PostgreSQL answers by reading every alias.
            @SuppressWarnings("unchecked")
            List<ActorAlias> aliases = ActorAlias.getEntityManager()
                    .createNativeQuery("select * from actor_alias where normalized_name = any(?1)", ActorAlias.class)
                    .setParameter(1, keys.toArray(String[]::new))
                    .getResultList();
            for (ActorAlias alias : aliases) {
                List<Actor> known = byKey.computeIfAbsent(alias.normalizedName, key -> new ArrayList<>());
                Actor actor = survivor(alias.actor);
                if (!known.contains(actor)) {
                    known.add(actor);
                }
            }
        }
        return new KnownActors(byKey);
    }

    /** The actor for this name, created with it as canonical name when nobody is known by it. */
    @Transactional
    public Actor resolveOrCreate(String name, ActorKind kind) {
        return resolve(name, kind).orElseGet(() -> {
            Actor actor = Actor.named(kind, name);
            actor.persist();
            return actor;
        });
    }

    /**
     * The actor known by this name whatever its kind, as an editor types a name; when nobody (or
     * more than one actor) is, the one of {@code kindIfUnknown} by that name, created if need be.
     */
    @Transactional
    public Actor resolveAnyOrCreate(String name, ActorKind kindIfUnknown) {
        return resolve(name).orElseGet(() -> resolveOrCreate(name, kindIfUnknown));
    }

    static Actor survivor(Actor actor) {
        Actor current = actor;
        while (current.mergedInto != null) {
            current = current.mergedInto;
        }
        return current;
    }
}
