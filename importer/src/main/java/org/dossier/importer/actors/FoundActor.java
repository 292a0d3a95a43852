package org.dossier.importer.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.core.actor.ActorKind;

/**
 * An actor of one article: its name, kind, the titles it was given with their affiliation
 * ("foreign minister" of Russia), every mention, as cleaned-text spans in text order, and whether
 * the article established its one-word name as an organisation's by describing it ("shipping company
 * Norvanta"), which lets later articles name it bare (see {@link KnownOrganisations}).
 */
public record FoundActor(String name, ActorKind kind, List<Title> titles, List<int[]> mentions, boolean established) {

    /** A title and whom it is held for (null when the text does not say). */
    public record Title(String title, String affiliation) {
    }

    /** The last word of the name, by which a person is named again later in an article ("Lavrov"). */
    String surname() {
        return surnameOf(name);
    }

    private static String surnameOf(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** The affiliation of the first title that names one. */
    public String affiliation() {
        return titles.stream().map(Title::affiliation).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The actor less its mentions inside the given spans ([start, end)); the same actor when none is. */
    FoundActor withoutMentionsIn(List<int[]> spans) {
        if (spans.isEmpty()) {
            return this;
        }
        List<int[]> kept = mentions.stream()
                .filter(m -> spans.stream().noneMatch(span -> span[0] <= m[0] && m[1] <= span[1]))
                .toList();
        return kept.size() == mentions.size() ? this : new FoundActor(name, kind, titles, kept, established);
    }

    static final class Builder {
        private final String name;
        private final ActorKind kind;
        private final Set<Title> titles = new LinkedHashSet<>();
        private final List<int[]> mentions = new ArrayList<>();
        private final Set<Long> mentioned = new HashSet<>();
        private final String surname;
        private boolean established;

        Builder(String name, ActorKind kind) {
            this.name = name;
            this.kind = kind;
            this.surname = surnameOf(name);
        }

        String name() {
            return name;
        }

        ActorKind kind() {
            return kind;
        }

        String surname() {
            return surname;
        }

        boolean holds(String title, String affiliation) {
            return titles.stream().anyMatch(t -> t.title().equals(title) && (affiliation == null || affiliation.equals(t.affiliation())));
        }

        Builder establish() {
            established = true;
            return this;
        }

        Builder title(String title, String affiliation) {
            titles.add(new Title(title, affiliation));
            return this;
        }

        Builder mention(int start, int end) {
            if (mentioned.add((long) start << 32 | end)) {
                mentions.add(new int[] {start, end});
            }
            return this;
        }

        FoundActor build() {
            List<int[]> ordered = new ArrayList<>(mentions);
            ordered.sort((a, b) -> Integer.compare(a[0], b[0]));
            return new FoundActor(name, kind, List.copyOf(titles), List.copyOf(ordered), established);
        }
    }
}
