package org.dossier.core.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.event.Event;
import org.dossier.core.source.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A topic Dossier follows ("Syria diplomacy"), known in URLs by its slug. */
@Entity
public class Story extends PanacheEntityBase {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    @SequenceGenerator(name = "story_seq", allocationSize = 50)
    public Long id;

    public String slug;

    public String title;

    public String description = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    public Instant createdAt = Instant.now();

    @ManyToMany
    @JoinTable(name = "story_source", joinColumns = @JoinColumn(name = "story_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "story_event", joinColumns = @JoinColumn(name = "story_id"),
            inverseJoinColumns = @JoinColumn(name = "event_id"))
    public Set<Event> events = new LinkedHashSet<>();

    protected Story() {
    }

    public static Story of(String slug, String title, String description) {
        if (!isSlug(slug)) {
            throw new IllegalArgumentException("A story slug is lower-case words joined by hyphens, not '" + slug + "'");
        }
        Story story = new Story();
        story.slug = slug;
        story.title = title.strip();
        story.description = description.strip();
        return story;
    }

    public static boolean isSlug(String candidate) {
        return candidate != null && SLUG.matcher(candidate).matches();
    }

    public static Optional<Story> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
