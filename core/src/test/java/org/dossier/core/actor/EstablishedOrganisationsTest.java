package org.dossier.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dossier.core.source.Source;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestTransaction
class EstablishedOrganisationsTest {

    private static Source source(String title) {
        Source source = Source.of(title, "Shares of shipping company Norvanta fell. " + UUID.randomUUID(),
                Instant.parse("2016-10-10T00:00:00Z"));
        source.persist();
        Source.flush();
        return source;
    }

    private static String name() {
        return "Norvanta" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static EstablishedOrganisations.Established find(String name) {
        return EstablishedOrganisations.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNameKeepsTheSourceThatFirstEstablishedIt() {
        String name = name();
        Source first = source("Shipping shares fall");
        EstablishedOrganisations.record(first, List.of(name));

        EstablishedOrganisations.record(source("Shipping shares rise"), List.of(name));

        EstablishedOrganisations.Established established = find(name);
        assertThat(established.sourceId()).isEqualTo(first.id);
        assertThat(established.sourceTitle()).isEqualTo("Shipping shares fall");
        assertThat(established.establishedAt()).isNotNull();
        assertThat(established.isWithdrawn()).isFalse();
    }

    @Test
    void aWithdrawnNameStaysWithdrawnWhenEstablishedAgainUntilRestored() {
        String name = name();
        EstablishedOrganisations.record(source("Shipping shares fall"), List.of(name));

        assertThat(EstablishedOrganisations.withdraw(name, "chief")).isTrue();
        EstablishedOrganisations.record(source("Shipping shares rise"), List.of(name));

        assertThat(find(name).withdrawnBy()).isEqualTo("chief");
        assertThat(find(name).withdrawnAt()).isNotNull();
        assertThat(EstablishedOrganisations.restore(name)).isTrue();
        assertThat(find(name).isWithdrawn()).isFalse();
    }

    @Test
    void aNameNeverEstablishedCannotBeWithdrawn() {
        assertThat(EstablishedOrganisations.withdraw(name(), "chief")).isFalse();
    }
}
