package org.dossier.importer.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.core.actor.ActorKind;

/**
 * Every mention of an article's actors, ordered by where it starts, so the stages after actor
 * finding ask "who is named here?" by binary search instead of walking every mention of every actor
 * for each sentence (which made a 700,000-character article take seconds).
 *
 * <p>Answers list actors in the order they were found, as the finders always have.
 */
public final class ActorMentions {

    private final List<FoundActor> actors;
    private final int[] starts;
    private final int[] ends;
    private final int[] owners;
    private final int longest;

    private ActorMentions(List<FoundActor> actors, int[] starts, int[] ends, int[] owners, int longest) {
        this.actors = actors;
        this.starts = starts;
        this.ends = ends;
        this.owners = owners;
        this.longest = longest;
    }

    public static ActorMentions of(List<FoundActor> actors) {
        List<int[]> all = new ArrayList<>();
        for (int owner = 0; owner < actors.size(); owner++) {
            for (int[] mention : actors.get(owner).mentions()) {
                all.add(new int[] {mention[0], mention[1], owner});
            }
        }
        all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
        int[] starts = new int[all.size()];
        int[] ends = new int[all.size()];
        int[] owners = new int[all.size()];
        int longest = 0;
        for (int i = 0; i < all.size(); i++) {
            starts[i] = all.get(i)[0];
            ends[i] = all.get(i)[1];
            owners[i] = all.get(i)[2];
            longest = Math.max(longest, ends[i] - starts[i]);
        }
        return new ActorMentions(List.copyOf(actors), starts, ends, owners, longest);
    }

    /** The article's actors, in finding order. */
    public List<FoundActor> actors() {
        return actors;
    }

    /** A mention of an actor: where it is in the cleaned text. */
    public record Mention(FoundActor actor, int start, int end) {
    }

    /** The mentions lying wholly in [{@code from}, {@code to}), grouped by actor in finding order, each actor's in text order. */
    public List<Mention> within(int from, int to) {
        List<Mention> found = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(from); i < starts.length && starts[i] < to; i++) {
            if (ends[i] <= to) {
                order.add(i);
            }
        }
        // Stable: each actor's mentions stay in text order.
        order.sort(Comparator.comparingInt(i -> owners[i]));
        for (int i : order) {
            found.add(new Mention(actors.get(owners[i]), starts[i], ends[i]));
        }
        return found;
    }

    /** The actors with a mention wholly in [{@code from}, {@code to}), in finding order. */
    public List<FoundActor> actorsWithin(int from, int to) {
        return within(from, to).stream().map(Mention::actor).distinct().toList();
    }

    /** The actors with a mention that covers [{@code start}, {@code end}), in finding order. */
    public List<FoundActor> covering(int start, int end) {
        return near(start, end, true);
    }

    /** The actors with a mention sharing a character with [{@code start}, {@code end}), in finding order. */
    public List<FoundActor> overlapping(int start, int end) {
        return near(start, end, false);
    }

    /** The person mentioned last before {@code offset} (the mention ends by then): whom "he" or "she" most likely means in news prose. */
    public Optional<FoundActor> lastPersonBefore(int offset) {
        int best = -1;
        for (int i = firstStartingAtOrAfter(offset) - 1; i >= 0; i--) {
            if (best >= 0 && starts[i] < starts[best]) {
                break;
            }
            if (ends[i] <= offset && actors.get(owners[i]).kind() == ActorKind.PERSON) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(actors.get(owners[best]));
    }

    private List<FoundActor> near(int start, int end, boolean covering) {
        BitSet owners = new BitSet(actors.size());
        for (int i = firstStartingAtOrAfter(start - longest); i < starts.length && starts[i] < end; i++) {
            boolean matches = covering ? starts[i] <= start && end <= ends[i] : start < ends[i];
            if (matches) {
                owners.set(this.owners[i]);
            }
        }
        return owners.stream().mapToObj(actors::get).toList();
    }

    private int firstStartingAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == offset) {
            i--;
        }
        return i;
    }
}
