package org.dossier.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeMlDocumentTest {

    @Test
    void goldTimexesIndexThePlainText() {
        TimeMlDocument document = TimeMlDocument.parse("d", LocalDate.of(2016, 10, 15),
                "Talks <EVENT eid=\"e1\">ended</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-10-14\">Friday</TIMEX3> &amp; more.");

        assertThat(document.text()).isEqualTo("Talks ended on Friday & more.");
        TimeMlDocument.Timex friday = document.timexes().get(0);
        assertThat(document.text().substring(friday.start(), friday.end())).isEqualTo("Friday");
        assertThat(friday.value()).isEqualTo("2016-10-14");
    }
}
