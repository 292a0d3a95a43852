package org.dossier.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void quotesEveryFieldAndDoublesQuotesInside() {
        assertThat(CsvExport.field("He said \"no\", twice")).isEqualTo("\"He said \"\"no\"\", twice\"");
    }

    @Test
    void neverLetsASpreadsheetRunAFieldAsAFormula() {
        assertThat(CsvExport.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.field("-1 killed")).startsWith("\"'-");
        assertThat(CsvExport.field("@SUM(A1)")).startsWith("\"'@");
    }
}
