package org.dossier.web.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlConditionsTest {

    @Test
    void numbersEachValueInTheOrderBound() {
        SqlConditions sql = new SqlConditions().add("e.kind = ?", "meeting").add("e.happened_end >= ?", "2016-10-01");

        assertThat(sql.where()).isEqualTo("where e.kind = ?1 and e.happened_end >= ?2");
    }

    @Test
    void partsSharingValuesContinueTheNumbering() {
        SqlConditions first = new SqlConditions();
        int words = first.value("ceasefire");
        SqlConditions second = first.sharingValues().add("s.speaker_id = ?", 7L).add("s.search @@ to_tsquery(?" + words + ")");

        assertThat(second.where()).isEqualTo("where s.speaker_id = ?2 and s.search @@ to_tsquery(?1)");
    }

    @Test
    void noConditionIsNoWhereClause() {
        assertThat(new SqlConditions().where()).isEmpty();
    }

    @Test
    void refusesAConditionWhoseValuesDoNotMatchItsPlaceholders() {
        assertThatThrownBy(() -> new SqlConditions().add("a = ? and b = ?", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
