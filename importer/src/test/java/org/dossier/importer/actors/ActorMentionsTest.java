package org.dossier.importer.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.core.actor.ActorKind;
import org.junit.jupiter.api.Test;

class ActorMentionsTest {

    // "Russia said Lavrov met Kerry. He left." — offsets as in that text.
    private static final FoundActor RUSSIA = actor("Russia", ActorKind.COUNTRY, new int[] {0, 6});
    private static final FoundActor LAVROV = actor("Sergey Lavrov", ActorKind.PERSON, new int[] {12, 18});
    private static final FoundActor KERRY = actor("John Kerry", ActorKind.PERSON, new int[] {23, 28});
    private static final ActorMentions MENTIONS = ActorMentions.of(List.of(KERRY, RUSSIA, LAVROV));

    private static FoundActor actor(String name, ActorKind kind, int[]... mentions) {
        return new FoundActor(name, kind, List.of(), List.of(mentions), false);
    }

    @Test
    void actorsWithinASpanComeInTheOrderTheyWereFound() {
        assertThat(MENTIONS.actorsWithin(0, 29)).containsExactly(KERRY, RUSSIA, LAVROV);
    }

    @Test
    void aMentionReachingPastTheSpanIsNotWithinIt() {
        assertThat(MENTIONS.actorsWithin(0, 26)).containsExactly(RUSSIA, LAVROV);
    }

    @Test
    void aWordInsideAMentionIsCoveredByIt() {
        assertThat(MENTIONS.covering(14, 18)).containsExactly(LAVROV);
        assertThat(MENTIONS.covering(10, 18)).isEmpty();
    }

    @Test
    void aSpanSharingOneCharacterOverlapsAMention() {
        assertThat(MENTIONS.overlapping(10, 13)).containsExactly(LAVROV);
        assertThat(MENTIONS.overlapping(18, 23)).isEmpty();
    }

    @Test
    void thePersonBeforeAPronounIsTheOneMentionedLast() {
        assertThat(MENTIONS.lastPersonBefore(30)).contains(KERRY);
        assertThat(MENTIONS.lastPersonBefore(25)).contains(LAVROV);
        assertThat(MENTIONS.lastPersonBefore(10)).isEmpty();
    }
}
