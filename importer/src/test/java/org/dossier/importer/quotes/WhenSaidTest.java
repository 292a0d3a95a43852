package org.dossier.importer.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeExpressions;
import org.dossier.importer.time.TimeRecognizer;
import org.junit.jupiter.api.Test;

class WhenSaidTest {

    private static final LocalDate SATURDAY = LocalDate.of(2016, 10, 15);

    private final Linguistics linguistics = new Linguistics();
    private final TypographyCleaner cleaner = new TypographyCleaner();

    /** When the only statement of the text was said, as a TIMEX value, or null. */
    private String whenSaid(String text) {
        AnalysedText analysed = linguistics.analyse(cleaner.clean(text));
        TimeExpressions dated = new TimeExpressions(new TimeRecognizer().find(analysed.text(), SATURDAY));
        List<StatementCandidate> found = new StatementFinder().find(analysed);
        assertThat(found).hasSize(1);
        Optional<TimeExpression> when = WhenSaid.of(analysed.text(), found.get(0), dated);
        return when.map(TimeExpression::value).orElse(null);
    }

    @Test
    void aDayRightAfterTheCue() {
        assertThat(whenSaid("Okafor said on Friday that the convoy had left the city.")).isEqualTo("2016-10-14");
    }

    @Test
    void aPeriodBetweenSpeakerAndCue() {
        assertThat(whenSaid("The foreign minister last week told reporters that the talks had failed.")).isEqualTo("2016-W40");
    }

    @Test
    void aDayAfterTheListener() {
        assertThat(whenSaid("The ceasefire was holding, Okafor told the council on Thursday.")).isEqualTo("2016-10-13");
    }

    @Test
    void aDayAmongTheWordsSaidIsWhatTheyAreAbout() {
        assertThat(whenSaid("Okafor said the convoy would leave the city on Friday.")).isNull();
    }

    @Test
    void aDayInsideTheQuotationIsNotWhenItWasSaid() {
        assertThat(whenSaid("\"We met them on Monday and we will meet again,\" Okafor said.")).isNull();
    }

    @Test
    void theDayOfAnAttributionAfterAQuotationIsPast() {
        assertThat(whenSaid("\"We will go to London,\" Okafor said on Friday.")).isEqualTo("2016-10-14");
    }
}
