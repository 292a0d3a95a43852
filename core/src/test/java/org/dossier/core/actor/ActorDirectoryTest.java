package org.dossier.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestTransaction
class ActorDirectoryTest {

    @Inject
    ActorDirectory directory;

    @Test
    void resolvesAnActorByAnyOfItsAliases() {
        Actor minister = Actor.named(ActorKind.PERSON, "Amina Okafor");
        minister.addAlias("Okafor");
        minister.addAlias("the Nigerian foreign minister");
        minister.persist();

        assertThat(directory.resolve("okafor")).contains(minister);
        assertThat(directory.resolve("The Nigerian Foreign Minister")).contains(minister);
    }

    @Test
    void anUnknownNameResolvesToNobody() {
        assertThat(directory.resolve("Nobody Atall")).isEmpty();
    }

    @Test
    void anAliasSharedByTwoActorsIsAmbiguousUntilTheKindDecides() {
        Actor.named(ActorKind.COUNTRY, "Georgia").persist();
        Actor person = Actor.named(ActorKind.PERSON, "Georgia");
        person.persist();

        assertThat(directory.resolve("Georgia")).isEmpty();
        assertThat(directory.resolve("Georgia", ActorKind.PERSON)).contains(person);
    }

    @Test
    void aSurnameAlsoBorneByAFullNamedPersonFindsTheActorCalledByItAlone() {
        Actor surname = Actor.named(ActorKind.PERSON, "Okafor");
        surname.persist();
        Actor fullName = Actor.named(ActorKind.PERSON, "Amina Okafor");
        fullName.addAlias("Okafor");
        fullName.persist();

        assertThat(directory.resolveOrCreate("Okafor", ActorKind.PERSON)).isSameAs(surname);
        assertThat(directory.knownBy(List.of("OKAFOR")).resolveOrCreate("Okafor", ActorKind.PERSON)).isSameAs(surname);
        assertThat(directory.candidates("Okafor")).containsExactlyInAnyOrder(surname, fullName);
    }

    @Test
    void resolveOrCreateCreatesOnceAndThenFinds() {
        Actor created = directory.resolveOrCreate("Freedonia", ActorKind.COUNTRY);
        Actor found = directory.resolveOrCreate("FREEDONIA", ActorKind.COUNTRY);

        assertThat(found.id).isEqualTo(created.id);
    }

    @Test
    void addingTheSameAliasTwiceKeepsOne() {
        Actor actor = Actor.named(ActorKind.ORGANISATION, "Security Council");
        actor.addAlias("security council");
        actor.addAlias("The Security Council");

        assertThat(actor.aliases).hasSize(1);
    }

    @Test
    void aNameTypedByAnEditorFindsTheActorOfAnyKindBeforeMakingANewOne() {
        Actor country = Actor.named(ActorKind.COUNTRY, "Freedonia");
        country.persist();

        assertThat(directory.resolveAnyOrCreate("Freedonia", ActorKind.PERSON)).isSameAs(country);
        Actor made = directory.resolveAnyOrCreate("Rufus Firefly", ActorKind.PERSON);
        assertThat(made.kind).isEqualTo(ActorKind.PERSON);
        assertThat(directory.resolve("Rufus Firefly")).contains(made);
    }
}
