package org.dossier.importer.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dossier.core.actor.ActorKind;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import org.junit.jupiter.api.Test;

class ActorFinderTest {

    private final ActorFinder finder = new ActorFinder();
    private final Linguistics linguistics = new Linguistics();
    private final TypographyCleaner cleaner = new TypographyCleaner();

    private List<FoundActor> actors(String text) {
        return finder.find(linguistics.analyse(cleaner.clean(text)));
    }

    private Optional<FoundActor> named(List<FoundActor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Test
    void aTitledPersonGetsTitleAndAffiliation() {
        List<FoundActor> found = actors("Nigerian Foreign Minister Amina Okafor arrived in Geneva on Monday.");

        FoundActor okafor = named(found, "Amina Okafor").orElseThrow();
        assertThat(okafor.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(okafor.titles()).containsExactly(new FoundActor.Title("foreign minister", "Nigeria"));
        assertThat(named(found, "Nigeria")).get().extracting(FoundActor::kind).isEqualTo(ActorKind.COUNTRY);
    }

    @Test
    void anOrganisationCanBeTheAffiliationAndATitleCanNameItsRemit() {
        FoundActor envoy = named(actors("UN special envoy for Yemen Pieter van Dijk met the delegations."), "Pieter van Dijk").orElseThrow();

        assertThat(envoy.titles()).containsExactly(new FoundActor.Title("special envoy for yemen", "United Nations"));
    }

    @Test
    void aNameBetweenCommasAfterItsTitleIsTheTitledPerson() {
        List<FoundActor> found = actors("The UN envoy for the Kolo basin, Amadou Diallo, said the talks would resume.");

        FoundActor diallo = named(found, "Amadou Diallo").orElseThrow();
        assertThat(diallo.titles()).containsExactly(new FoundActor.Title("envoy for the kolo basin", "United Nations"));
        assertThat(diallo.mentions()).singleElement().satisfies(m -> assertThat(m[0]).isEqualTo("The ".length()));
    }

    @Test
    void aListAfterATitleNamesNoTitledPerson() {
        List<FoundActor> found = actors("The bishop, Jane Morrow, Tom Ashby and Amadou Diallo signed the letter.");

        assertThat(found).noneMatch(actor -> actor.titles().stream().anyMatch(t -> t.title().equals("bishop")));
    }

    @Test
    void anOrganisationAfterOfEndingATitleIsTheAffiliationAndStaysAnActor() {
        List<FoundActor> found = actors("The director of the Kolo Basin Commission, Amadou Diallo, opened the dam.");

        assertThat(named(found, "Amadou Diallo")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("director", "Kolo Basin Commission")));
        assertThat(named(found, "Kolo Basin Commission")).get().extracting(FoundActor::kind).isEqualTo(ActorKind.ORGANISATION);
    }

    @Test
    void aCountryATitleIsToStaysAnActorButIsNoAffiliation() {
        List<FoundActor> found = actors("Her ambassador to Norway, Amadou Diallo, left on Monday.");

        assertThat(named(found, "Amadou Diallo")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("ambassador to norway", null)));
        assertThat(named(found, "Norway")).isPresent();
    }

    @Test
    void aCapitalIsItsGovernmentButNotWhereSomethingHappens() {
        String text = "The envoys met in Moscow on Friday. Moscow said the talks had failed.";

        FoundActor russia = named(actors(text), "Russia").orElseThrow();
        assertThat(russia.mentions()).singleElement().satisfies(m -> assertThat(m[0]).isEqualTo(text.lastIndexOf("Moscow")));
    }

    @Test
    void anOrganisationNamedAfterACountryIsTheOrganisation() {
        List<FoundActor> found = actors("The Bank of Japan and the University of Kinshasa signed the letter.");

        assertThat(found).extracting(FoundActor::name).containsExactly("Bank of Japan", "University of Kinshasa");
    }

    @Test
    void theGovernmentOfACountryIsTheCountry() {
        assertThat(actors("The Government of Norway protested.")).extracting(FoundActor::name).containsExactly("Norway");
    }

    @Test
    void aCountrysNameThatIsAFirstNameIsNoCountryBeforeASurname() {
        List<FoundActor> found = actors("Chad Myers flew over Chad on Monday.");

        assertThat(named(found, "Chad").orElseThrow().mentions()).hasSize(1);
    }

    @Test
    void titlesOfAidWorkAndTheCourtsAreTitles() {
        List<FoundActor> found = actors("UN humanitarian coordinator Amadou Diallo met chief prosecutor Lena Vogt.");

        assertThat(named(found, "Amadou Diallo")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("humanitarian coordinator", "United Nations")));
        assertThat(named(found, "Lena Vogt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("chief prosecutor", null)));
    }

    @Test
    void aCountryNamedWithItsPossessiveIsAMentionAndTheAffiliationOfTheTitleAfterIt() {
        List<FoundActor> found = actors("Saudi Arabia's foreign minister Adel Okafor met Norway's envoy.");

        assertThat(named(found, "Adel Okafor")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("foreign minister", "Saudi Arabia")));
        assertThat(named(found, "Norway")).isPresent();
    }

    @Test
    void aCompoundTitleIsOneTitleAndNotPartOfTheName() {
        List<FoundActor> found = actors("Chief Executive Jonas Brandt met Energy Secretary Lena Vogt and Lt. Gen. Omar Haddad.");

        assertThat(named(found, "Jonas Brandt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("chief executive", null)));
        assertThat(named(found, "Lena Vogt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("energy secretary", null)));
        assertThat(named(found, "Omar Haddad")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("lt. gen.", null)));
    }

    @Test
    void aCapitalisedPrepositionOfAHeadlineBeginsNoName() {
        List<FoundActor> found = actors("Network Chairman On Ratings: \"We will listen to viewers.\"\n\n"
                + "Senator Ruth Okoye In Lagos Today\n");

        assertThat(found).noneMatch(actor -> actor.name().startsWith("On "));
        assertThat(named(found, "Ruth Okoye")).isPresent();
    }

    @Test
    void aCapitalsNameOpeningATitledPersonsNameIsTheirFirstName() {
        List<FoundActor> found = actors("Peruvian Foreign Minister Sofia Paredes met the official Athens News Agency team.");

        assertThat(named(found, "Sofia Paredes")).isPresent();
        assertThat(found).noneMatch(actor -> actor.name().equals("Bulgaria"));
        assertThat(found).noneMatch(actor -> actor.kind() == ActorKind.PERSON && actor.name().startsWith("Athens"));
    }

    @Test
    void initialsAfterATitleAreNoPersonsName() {
        List<FoundActor> found = actors("A spokesman IFRC officials trusted gave the official GOP response.");

        assertThat(found).noneMatch(actor -> actor.kind() == ActorKind.PERSON);
    }

    @Test
    void aTitleInAppositionAfterTheNameIsTheirs() {
        List<FoundActor> found = actors("Amina Okafor, Nigeria's foreign minister, met Jonas Brandt, the chief executive of Helvetia Air, in Geneva.");

        assertThat(named(found, "Amina Okafor")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("foreign minister", "Nigeria")));
        assertThat(named(found, "Nigeria")).isPresent();
        assertThat(named(found, "Jonas Brandt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("chief executive", "Helvetia Air")));
    }

    @Test
    void aDashMayCloseATitleInApposition() {
        List<FoundActor> found = actors("Jonas Brandt, the chief executive of Helvetia Air — a carrier in trouble — "
                + "said the planes would fly.");

        assertThat(named(found, "Jonas Brandt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("chief executive", "Helvetia Air")));
    }

    @Test
    void aTitleOfSomeoneElseInAppositionIsNotTheirs() {
        assertThat(named(actors("Jane Doe, the president's daughter, laughed."), "Jane Doe")).isEmpty();
    }

    @Test
    void anOrganisationIsNamedByTheWordItsNameEndsIn() {
        List<FoundActor> found = actors("The Harbour Pilots Association met the Ministry of Transport, BBC News reported.");

        assertThat(named(found, "Harbour Pilots Association")).get().extracting(FoundActor::kind).isEqualTo(ActorKind.ORGANISATION);
        assertThat(named(found, "Ministry of Transport")).get().extracting(FoundActor::kind).isEqualTo(ActorKind.ORGANISATION);
        assertThat(named(found, "BBC")).isPresent();
        assertThat(named(found, "BBC News")).isEmpty();
    }

    @Test
    void aNameAfterAKindOfFirmIsAnOrganisationThroughoutTheArticle() {
        List<FoundActor> found = actors("The aircraft maker Helvetia delivered its first jet. Helvetia's rivals waited.");

        FoundActor maker = named(found, "Helvetia").orElseThrow();
        assertThat(maker.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(maker.mentions()).extracting(m -> m[1] - m[0]).containsExactly(8, 8);
    }

    @Test
    void aNameAfterAKindOfFirmThatModifiesANounOrOpensAClauseIsNoOrganisation() {
        List<FoundActor> found = actors("The firm Okafor family members founded grew. The firm, Brandt said, grew.");

        assertThat(found).extracting(FoundActor::name).doesNotContain("Okafor", "Brandt");
    }

    @Test
    void anOrganisationsNameStopsBeforeADayAndBeforeAnotherBodyJoinedByAnd() {
        List<FoundActor> found = actors("The Harbour Pilots Association on Monday met Jonas Brandt and Parliament.");

        assertThat(found).extracting(FoundActor::name).contains("Harbour Pilots Association")
                .doesNotContain("Harbour Pilots Association on Monday", "Jonas Brandt and Parliament");
    }

    @Test
    void theEmployerNamedBeforeATitledPersonIsTheirOrganisationThroughoutTheArticle() {
        List<FoundActor> found = actors("Helvetia spokesman Jonas Brandt said the fleet was grounded. Helvetia will pay.");

        assertThat(named(found, "Jonas Brandt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("spokesman", "Helvetia")));
        FoundActor employer = named(found, "Helvetia").orElseThrow();
        assertThat(employer.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(employer.mentions()).hasSize(2);
    }

    @Test
    void aCourtesyTitleBeforeAFullNameMakesAPersonWithoutATitle() {
        FoundActor lee = named(actors("The guests included Mr. Lee Wen Hao and the mayor."), "Lee Wen Hao").orElseThrow();

        assertThat(lee.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(lee.titles()).isEmpty();
    }

    @Test
    void anOrganisationAfterTheTitleInAppositionIsTheAffiliation() {
        List<FoundActor> found = actors("Jonas Brandt, founder of Harbour Line, and Lena Vogt, the Helvetia CEO, met on Monday.");

        assertThat(named(found, "Jonas Brandt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("founder", "Harbour Line")));
        assertThat(named(found, "Lena Vogt")).get().extracting(FoundActor::titles)
                .isEqualTo(List.of(new FoundActor.Title("ceo", "Helvetia")));
        assertThat(named(found, "Harbour Line")).get().extracting(FoundActor::kind).isEqualTo(ActorKind.ORGANISATION);
    }

    @Test
    void aNameOfFiveWordsIsKeptWhole() {
        List<FoundActor> found = actors("Prime Minister Amina Bint Khalid Al Okafor arrived in Geneva on Monday.");

        assertThat(named(found, "Amina Bint Khalid Al Okafor")).isPresent();
    }

    @Test
    void aMiddleInitialIsPartOfTheName() {
        List<FoundActor> found = actors("Senator Jonas K. Brandt arrived. Brandt spoke.");

        assertThat(named(found, "Jonas K. Brandt").orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void aSurnameLaterInTheArticleIsTheSamePerson() {
        FoundActor okafor = named(actors("Nigerian Foreign Minister Amina Okafor arrived on Monday. Okafor met the envoys."),
                "Amina Okafor").orElseThrow();

        assertThat(okafor.mentions()).hasSize(2);
    }

    @Test
    void aTitleWithoutANameRefersBackToThePersonWhoHoldsIt() {
        FoundActor okafor = named(actors("Nigerian Foreign Minister Amina Okafor arrived on Monday. The Nigerian foreign minister left on Tuesday."),
                "Amina Okafor").orElseThrow();

        assertThat(okafor.mentions()).hasSize(2);
    }

    @Test
    void capitalsStandForTheirGovernments() {
        assertThat(named(actors("Washington called off the talks."), "United States")).isPresent();
    }

    @Test
    void demonymsAndShortFormsAreTheCountry() {
        List<FoundActor> found = actors("Russian aircraft and U.S. drones flew over the city.");

        assertThat(named(found, "Russia")).isPresent();
        assertThat(named(found, "United States")).isPresent();
    }
}
