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
}
