package org.dossier.importer.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.core.actor.ActorKind;

/**
 * An actor of one article: its name, kind, the titles it was given with their affiliation
 * ("foreign minister" of Russia) and every mention, as cleaned-text spans in text order.
 */
public record FoundActor(String name, ActorKind kind, List<Title> titles, List<int[]> mentions) {

    /** A title and whom it is held for (null when the text does not say). */
    public record Title(String title, String affiliation) {
    }

    /** The person mentioned last before {@code offset}: whom "he" or "she" most likely means in news prose. */
    public static java.util.Optional<FoundActor> lastPersonBefore(List<FoundActor> actors, int offset) {
        FoundActor last = null;
        int lastStart = -1;
        for (FoundActor actor : actors) {
            for (int[] mention : actor.mentions()) {
                if (actor.kind() == ActorKind.PERSON && mention[1] <= offset && mention[0] > lastStart) {
                    last = actor;
                    lastStart = mention[0];
                }
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    /** The affiliation of the first title that names one. */
    public String affiliation() {
        return titles.stream().map(Title::affiliation).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static final class Builder {
        private final String name;
        private final ActorKind kind;
        private final Set<Title> titles = new LinkedHashSet<>();
        private final List<int[]> mentions = new ArrayList<>();

        Builder(String name, ActorKind kind) {
            this.name = name;
            this.kind = kind;
        }

        String name() {
            return name;
        }

        ActorKind kind() {
            return kind;
        }

        String surname() {
            String[] words = name.split(" ");
            return words[words.length - 1];
        }

        boolean holds(String title, String affiliation) {
            return titles.stream().anyMatch(t -> t.title().equals(title) && (affiliation == null || affiliation.equals(t.affiliation())));
        }

        Builder title(String title, String affiliation) {
            titles.add(new Title(title, affiliation));
            return this;
        }

        Builder mention(int start, int end) {
            if (mentions.stream().noneMatch(m -> m[0] == start && m[1] == end)) {
                mentions.add(new int[] {start, end});
            }
            return this;
        }

        FoundActor build() {
            List<int[]> ordered = new ArrayList<>(mentions);
            ordered.sort((a, b) -> Integer.compare(a[0], b[0]));
            return new FoundActor(name, kind, List.copyOf(titles), List.copyOf(ordered));
        }
    }
}
