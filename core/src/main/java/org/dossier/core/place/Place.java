package org.dossier.core.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.Optional;
import org.dossier.core.actor.Actor;

/** Where something happened: a city or venue, once per name. */
@Entity
public class Place extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", allocationSize = 50)
    public Long id;

    public String name;

    /** The country the place lies in. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Actor country;

    public Double latitude;

    public Double longitude;

    protected Place() {
    }

    public static Place named(String name, Actor country) {
        Place place = new Place();
        place.name = name.strip();
        place.country = country;
        return place;
    }

    public static Optional<Place> findByName(String name) {
        return find("name", name.strip()).firstResultOptional();
    }
}
