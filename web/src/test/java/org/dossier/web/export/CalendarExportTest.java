package org.dossier.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalendarExportTest {

    @Test
    void escapesTheCharactersICalendarReserves() {
        assertThat(CalendarExport.text("Talks; ceasefire, aid\nnext")).isEqualTo("Talks\\; ceasefire\\, aid\\nnext");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        StringBuilder ics = new StringBuilder();
        CalendarExport.line(ics, "SUMMARY:" + "Лавров встретился с Керри ".repeat(6));

        for (String physical : ics.toString().split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "Лавров встретился с Керри ".repeat(6) + "\r\n");
    }
}
