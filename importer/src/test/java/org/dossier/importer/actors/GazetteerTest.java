package org.dossier.importer.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void aWordLeadingAKnownNameMayStartOne() {
        assertThat(gazetteer.mayStartAName("U.S.")).isTrue();
        assertThat(gazetteer.mayStartAName("State")).isTrue();
        assertThat(gazetteer.mayStartAName("Lavrov")).isFalse();
    }

    @Test
    void everyMemberStateOfTheUnitedNationsIsKnownWithItsOtherNames() {
        assertThat(gazetteer.name("Thailand")).get().extracting(Gazetteer.Entry::kind).isEqualTo(org.dossier.core.actor.ActorKind.COUNTRY);
        assertThat(gazetteer.name("Burma")).get().extracting(Gazetteer.Entry::canonical).isEqualTo("Myanmar");
        assertThat(gazetteer.name("Congo")).get().extracting(Gazetteer.Entry::canonical).isEqualTo("Democratic Republic of the Congo");
        assertThat(gazetteer.name("Ivorian")).get().extracting(Gazetteer.Entry::use).isEqualTo(Gazetteer.Use.DEMONYM);
    }

    @Test
    void internationalBodiesAndArmedGroupsAreKnownByTheirShortNamesToo() {
        assertThat(gazetteer.name("WFP")).get().extracting(Gazetteer.Entry::canonical).isEqualTo("World Food Programme");
        assertThat(gazetteer.name("Doctors Without Borders")).get().extracting(Gazetteer.Entry::canonical)
                .isEqualTo("Medecins Sans Frontieres");
        assertThat(gazetteer.name("al-Shabab")).get().extracting(Gazetteer.Entry::kind).isEqualTo(org.dossier.core.actor.ActorKind.GROUP);
    }
}
