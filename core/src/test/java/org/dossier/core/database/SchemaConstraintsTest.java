package org.dossier.core.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The schema itself refuses data that would be a bug, whatever code writes it. */
@QuarkusTest
class SchemaConstraintsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameArticleCannotBeStoredTwice() throws SQLException {
        String insert = "insert into source (title, published_at, body, content_hash) values ('t', now(), 'b', '"
                + "a".repeat(64) + "')";
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(insert);
            assertThatThrownBy(() -> connection.createStatement().execute(insert))
                    .hasMessageContaining("source_content_hash_key");
        }
    }

    @Test
    void evidenceMustPointAtExactlyOneFact() {
        assertThatThrownBy(() -> execute("""
                insert into evidence (source_id, start_offset, end_offset, sentence) values (
                  (select min(id) from source), 0, 1, 's')"""))
                .hasMessageContaining("evidence_one_fact");
    }

    @Test
    void anEventKindOutsideTheListIsRefused() {
        assertThatThrownBy(() -> execute("""
                insert into event (kind, summary, happened_start, happened_end, happened_precision, reported_at)
                values ('picnic', 's', '2016-10-01', '2016-10-01', 'day', now())"""))
                .hasMessageContaining("event_kind_check");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> execute("""
                insert into event (kind, summary, happened_start, happened_end, happened_precision, reported_at)
                values ('other', 's', '2016-10-05', '2016-10-01', 'day', now())"""))
                .hasMessageContaining("event_happened_period");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }
}
