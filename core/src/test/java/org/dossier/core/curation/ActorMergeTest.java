package org.dossier.core.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorDirectory;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.event.ParticipantRole;
import org.dossier.core.evidence.Evidence;
import org.dossier.core.evidence.EvidenceLedger;
import org.dossier.core.evidence.Span;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Statement;
import org.dossier.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestTransaction
class ActorMergeTest {

    private static final String TEXT = "Okafor spoke first. The Nigerian foreign minister then left.";

    @Inject
    ActorMerge merge;

    @Inject
    ActorDirectory directory;

    @Inject
    EvidenceLedger evidence;

    Actor fullName;
    Actor byTitle;
    Source source;

    // Not @BeforeEach: @TestTransaction rolls back what a @BeforeEach method persists before the test runs.
    private void twoRecordsOfOnePerson() {
        Actor nigeria = Actor.named(ActorKind.COUNTRY, "Nigeria");
        nigeria.persist();
        fullName = Actor.named(ActorKind.PERSON, "Amina Okafor");
        fullName.persist();
        byTitle = Actor.named(ActorKind.PERSON, "the Nigerian foreign minister");
        byTitle.addRole("Foreign Minister", nigeria);
        byTitle.persist();
        source = Source.of("Talks", TEXT + " " + System.nanoTime(), Instant.parse("2016-10-15T12:00:00Z"));
        source.persist();
    }

    @Test
    void theSurvivorGainsEveryAliasOfTheAbsorbedActor() {
        twoRecordsOfOnePerson();
        Actor survivor = merge.merge(byTitle, fullName);

        assertThat(survivor.aliases).extracting(a -> a.name)
                .containsExactlyInAnyOrder("Amina Okafor", "the Nigerian foreign minister");
    }

    @Test
    void oldAliasesResolveToTheSurvivor() {
        twoRecordsOfOnePerson();
        merge.merge(byTitle, fullName);

        assertThat(directory.resolve("the Nigerian foreign minister")).get().extracting(a -> a.id).isEqualTo(fullName.id);
    }

    @Test
    void rolesMoveToTheSurvivor() {
        twoRecordsOfOnePerson();
        Actor survivor = merge.merge(byTitle, fullName);

        assertThat(survivor.roles).extracting(ActorRole::describe).containsExactly("Foreign Minister, Nigeria");
    }

    @Test
    void evidenceStatementsAndParticipationMoveToTheSurvivor() {
        twoRecordsOfOnePerson();
        evidence.attach(byTitle, source, new Span(20, 49), TEXT);
        Statement statement = Statement.indirect(byTitle, "then left", "said");
        statement.persist();
        Event event = Event.of(EventKind.DIPLOMATIC_STEP, "The minister left", FuzzyDate.onDay(LocalDate.of(2016, 10, 15)),
                source.publishedAt).withParticipant(byTitle, ParticipantRole.AGENT).withParticipant(fullName, ParticipantRole.AGENT);
        event.persist();

        merge.merge(byTitle, fullName);

        assertThat(Evidence.<Evidence>list("actor.id", fullName.id)).hasSize(1);
        assertThat(Statement.<Statement>findById(statement.id).speaker.id).isEqualTo(fullName.id);
        assertThat(Event.<Event>findById(event.id).participants).singleElement()
                .satisfies(p -> assertThat(p.actor.id).isEqualTo(fullName.id));
    }

    @Test
    void theAbsorbedActorIsKeptAndPointsAtTheSurvivor() {
        twoRecordsOfOnePerson();
        merge.merge(byTitle, fullName);

        Actor absorbed = Actor.findById(byTitle.id);
        assertThat(absorbed.mergedInto.id).isEqualTo(fullName.id);
        assertThat(absorbed.aliases).isEmpty();
    }

    @Test
    void anActorCannotBeMergedIntoItself() {
        twoRecordsOfOnePerson();
        assertThatThrownBy(() -> merge.merge(fullName, fullName)).isInstanceOf(IllegalArgumentException.class);
    }
}
