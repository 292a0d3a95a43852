package org.dossier.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

    @Test
    void aDateAloneIsMidnightUtc() {
        assertThat(PublicationDate.parse("2016-10-15")).contains(Instant.parse("2016-10-15T00:00:00Z"));
    }

    @Test
    void anOffsetIsHonoured() {
        assertThat(PublicationDate.parse("2016-10-15T14:30:00+02:00")).contains(Instant.parse("2016-10-15T12:30:00Z"));
    }

    @Test
    void aTimeWithoutOffsetIsUtc() {
        assertThat(PublicationDate.parse("2016-10-15 14:30:00")).contains(Instant.parse("2016-10-15T14:30:00Z"));
    }

    @Test
    void feedDatesAreRead() {
        assertThat(PublicationDate.parse("Sat, 15 Oct 2016 14:30:00 GMT")).contains(Instant.parse("2016-10-15T14:30:00Z"));
    }

    @Test
    void wordsAreNotADate() {
        assertThat(PublicationDate.parse("last Friday")).isEmpty();
        assertThat(PublicationDate.parse("")).isEmpty();
    }
}
