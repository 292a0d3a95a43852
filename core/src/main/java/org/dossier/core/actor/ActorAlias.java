package org.dossier.core.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A name an actor is mentioned under ("Lavrov", "the Russian foreign minister"). */
@Entity
public class ActorAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_alias_seq")
    @SequenceGenerator(name = "actor_alias_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor actor;

    public String name;

    /** {@link AliasKey#of} the name: what resolution compares. */
    public String normalizedName;

    protected ActorAlias() {
    }

    ActorAlias(Actor actor, String name, String normalizedName) {
        this.actor = actor;
        this.name = name;
        this.normalizedName = normalizedName;
    }
}
