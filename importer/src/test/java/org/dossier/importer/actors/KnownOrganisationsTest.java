package org.dossier.importer.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dossier.core.actor.ActorKind;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import org.junit.jupiter.api.Test;

/** A one-word organisation an earlier article described is recognised when a later article names it bare. */
class KnownOrganisationsTest {

    private final ActorFinder finder = new ActorFinder();
    private final Linguistics linguistics = new Linguistics();
    private final TypographyCleaner cleaner = new TypographyCleaner();
    private KnownOrganisations known = KnownOrganisations.none();

    /** Reads an article as the pipeline does: what it establishes is known to the next. */
    private List<FoundActor> read(String text) {
        List<FoundActor> found = finder.find(linguistics.analyse(cleaner.clean(text)), known);
        found.stream().filter(FoundActor::established).map(FoundActor::name).forEach(known::learn);
        return found;
    }

    private static Optional<ActorKind> kindOf(List<FoundActor> actors, String name) {
        return actors.stream().filter(actor -> actor.name().equals(name)).map(FoundActor::kind).findFirst();
    }

    @Test
    void aDescribedFirmIsKnownBareInALaterArticle() {
        read("Shares of shipping company Norvanta rose on Monday.");

        List<FoundActor> later = read("Norvanta said it would hire 200 welders.");

        assertThat(kindOf(later, "Norvanta")).contains(ActorKind.ORGANISATION);
    }

    @Test
    void withoutAnEarlierDescriptionABareNameIsNoOrganisation() {
        assertThat(kindOf(read("Norvanta said it would hire 200 welders."), "Norvanta")).isNotEqualTo(Optional.of(ActorKind.ORGANISATION));
    }

    @Test
    void aKnownNameInsideALongerNameIsNotTheOrganisation() {
        read("The contract went to engineering firm Calder on Friday.");

        List<FoundActor> later = read("Calder Heights residents cheered the new bridge.");

        assertThat(kindOf(later, "Calder")).isEmpty();
    }

    @Test
    void aWordTheArticleAlsoWritesInLowerCaseIsNotTaken() {
        read("Its rival, shipping company Harbour, cut prices.");

        List<FoundActor> later = read("Harbour officials said the harbour would close for a week.");

        assertThat(kindOf(later, "Harbour")).isEmpty();
    }

    @Test
    void aNameEditorsWithdrewIsNotLearntAgain() {
        known = KnownOrganisations.of(List.of(), List.of("Norvanta"));
        read("Shares of shipping company Norvanta rose on Monday.");

        List<FoundActor> later = read("Norvanta said it would hire 200 welders.");

        assertThat(kindOf(later, "Norvanta")).isNotEqualTo(Optional.of(ActorKind.ORGANISATION));
    }

    @Test
    void aDescriptionOfAModifierEstablishesNothing() {
        read("Divers inspected the giant Meridian oil field on Tuesday.");

        assertThat(known.isEmpty()).isTrue();
    }
}
