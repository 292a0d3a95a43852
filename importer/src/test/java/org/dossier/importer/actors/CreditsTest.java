package org.dossier.importer.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditsTest {

    private static List<String> credits(String text) {
        return Credits.in(text).stream().map(span -> text.substring(span[0], span[1]).strip()).toList();
    }

    @Test
    void theAgencyAfterADatelinesPlaceInCapitalsIsACredit() {
        assertThat(credits("VENICE, Louisiana, May 2 (Newswire) - Crews laid booms off the coast."))
                .containsExactly("(Newswire) -");
    }

    @Test
    void anAgencyOpeningALineIsACredit() {
        assertThat(credits("Envoys meet in Geneva\n(Channel Nine) Envoys of four states met on Friday."))
                .containsExactly("(Channel Nine)");
    }

    @Test
    void theAgencyAfterAPlaceInTitleCaseIsACreditWhenASentenceOpensAfterItsDash() {
        assertThat(credits("Kolo City, Norvania (Channel Nine) -- Rebels took the bridge on Friday.")).hasSize(1);
    }

    @Test
    void anAbbreviationExplainedBeforeAnAsideIsNoCredit() {
        assertThat(credits("The Kolo Basin Commission (KBC) - its oldest body - met on Friday.")).isEmpty();
        assertThat(credits("The envoys of the Kolo Basin Commission (KBC) - Amara Okafor among them - met on Friday.")).isEmpty();
    }

    @Test
    void anEditorsInsertionOpeningALineOfAQuotationIsNoCredit() {
        assertThat(credits("\"The dam is safe.\n(Mr Okafor) will open it in May,\" she said.")).isEmpty();
    }

    @Test
    void aLineOfNamesOpeningWithByIsABylineAndACredit() {
        assertThat(credits("Dam opens\nBy Jane Morrow and Tom Ashby, Daily Ledger\nThe dam opened on Friday."))
                .containsExactly("By Jane Morrow and Tom Ashby, Daily Ledger");
    }

    @Test
    void aSentenceOpeningWithByIsNoByline() {
        assertThat(credits("By Monday, Norvania had closed the dam.\nBy Friday it was open again")).isEmpty();
    }
}
