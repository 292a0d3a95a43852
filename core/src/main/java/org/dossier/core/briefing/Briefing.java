package org.dossier.core.briefing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.story.Story;

/**
 * The draft of a story's briefing: the editor's title and summary (Markdown) and the key events and
 * quotes they chose, in their order. Readers never see the draft; they see what was published from
 * it, frozen, as a {@link BriefingVersion}.
 */
@Entity
public class Briefing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "briefing_seq")
    @SequenceGenerator(name = "briefing_seq", allocationSize = 50)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    public Story story;

    public String title;

    public String summary = "";

    @Version
    public int version;

    public Instant updatedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "briefing_item", joinColumns = @JoinColumn(name = "briefing_id"))
    @OrderColumn(name = "rank")
    public List<BriefingItem> items = new ArrayList<>();

    protected Briefing() {
    }

    /** The story's draft, begun with the story's title when there is none yet. */
    public static Briefing draftOf(Story story) {
        return Briefing.<Briefing>find("story", story).firstResultOptional().orElseGet(() -> {
            Briefing briefing = new Briefing();
            briefing.story = story;
            briefing.title = story.title;
            briefing.persist();
            return briefing;
        });
    }

    public static Optional<Briefing> of(Story story) {
        return find("story", story).firstResultOptional();
    }
}
