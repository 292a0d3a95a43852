package org.dossier.web.reading;

import io.quarkus.panache.common.Parameters;
import java.util.Optional;
import org.dossier.core.story.Story;

/**
 * The WHERE clause of a JPQL list query built from optional filters, each a clause with one named
 * parameter. The story filter takes a slug and binds the story's id as {@code :story}, the name
 * {@link StoryScope}'s fragments expect; an unknown slug matches nothing.
 */
public final class JpqlConditions {

    private final StringBuilder where;
    private final Parameters parameters;

    private JpqlConditions(String first, String name, Object value) {
        this.where = new StringBuilder(first);
        this.parameters = Parameters.with(name, value);
    }

    /** Starts with the visibility rule on the fact aliased {@code alias}. */
    public static JpqlConditions visible(String alias, Visibility visibility) {
        return new JpqlConditions(alias + ".status in :visible", "visible", visibility.statuses());
    }

    public <T> JpqlConditions and(Optional<T> value, String clause, String name) {
        value.ifPresent(v -> {
            where.append(" and ").append(clause);
            parameters.and(name, v);
        });
        return this;
    }

    public JpqlConditions inStory(Optional<String> slug, String clause) {
        return and(slug.map(s -> Story.findBySlug(s).map(story -> story.id).orElse(-1L)), clause, "story");
    }

    public String where() {
        return where.toString();
    }

    public Parameters parameters() {
        return parameters;
    }
}
