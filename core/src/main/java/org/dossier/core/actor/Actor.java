package org.dossier.core.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person, country, organisation or group that takes part in the news.
 *
 * <p>Invariants: an actor is known by its canonical name and every alias it was ever mentioned
 * under; an actor merged into another is kept, pointing at the survivor, and owns nothing any more.
 */
@Entity
public class Actor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", allocationSize = 50)
    public Long id;

    public ActorKind kind;

    public String canonicalName;

    public String description = "";

    @ManyToOne(fetch = FetchType.LAZY)
    public Actor mergedInto;

    public Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ActorAlias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL)
    @OrderBy("validFrom NULLS FIRST, id")
    public List<ActorRole> roles = new ArrayList<>();

    protected Actor() {
    }

    /** A new actor, known by its canonical name as its first alias. */
    public static Actor named(ActorKind kind, String canonicalName) {
        Actor actor = new Actor();
        actor.kind = kind;
        actor.canonicalName = canonicalName.strip();
        actor.addAlias(actor.canonicalName);
        return actor;
    }

    /** Adds an alias unless one with the same {@link AliasKey} is there already. */
    public ActorAlias addAlias(String name) {
        String key = AliasKey.of(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("An alias needs a letter or digit: '" + name + "'");
        }
        Optional<ActorAlias> existing = aliases.stream().filter(a -> a.normalizedName.equals(key)).findFirst();
        return existing.orElseGet(() -> {
            ActorAlias alias = new ActorAlias(this, name.strip(), key);
            aliases.add(alias);
            return alias;
        });
    }

    public ActorRole addRole(String title, Actor affiliation) {
        ActorRole role = new ActorRole(this, title, affiliation);
        roles.add(role);
        return role;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    @Override
    public String toString() {
        return canonicalName + " (" + kind.code() + (id == null ? "" : " #" + id) + ")";
    }
}
