package org.dossier.importer.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    private final Linguistics linguistics = new Linguistics();
    private final TypographyCleaner cleaner = new TypographyCleaner();

    private record Said(String content, String speaker) {
    }

    private List<Said> headlines(String text) {
        AnalysedText analysed = linguistics.analyse(cleaner.clean(text));
        String clean = analysed.text();
        return Headlines.in(analysed).stream()
                .map(s -> new Said(clean.substring(s.contentStart(), s.contentEnd()), clean.substring(s.speakerStart(), s.speakerEnd())))
                .toList();
    }

    @Test
    void aNameAndAColonOpenWhatTheNamedPersonSaid() {
        assertThat(headlines("Okafor: The Crossing Will Reopen\n\nThe envoy arrived on Monday."))
                .containsExactly(new Said("The Crossing Will Reopen", "Okafor"));
    }

    @Test
    void aLabelAndAColonAreNoStatement() {
        assertThat(headlines("Update: The Crossing Has Reopened\n\nThe envoy arrived on Monday.")).isEmpty();
    }

    @Test
    void aHeadlineInTitleCaseSpeaksWithTheNameBeforeItsVerb() {
        assertThat(headlines("Okafor Vows To Reopen The Crossing By Friday\n\nThe envoy arrived on Monday."))
                .containsExactly(new Said("To Reopen The Crossing By Friday", "Okafor"));
    }

    @Test
    void aHeadlineEndingInItsVerbReportsTheWordsBeforeTheSpeakersComma() {
        assertThat(headlines("Talks On The Dam Have Failed, Former Envoy Says.\n\nThe envoy left on Monday."))
                .containsExactly(new Said("Talks On The Dam Have Failed", "Former Envoy"));
    }

    @Test
    void aLineInCapitalsIsShoutingNotATitle() {
        assertThat(headlines("THE MINISTER VOWS TO REOPEN THE CROSSING\n\nThe envoy left on Monday.")).isEmpty();
    }

    @Test
    void aSentenceOfTheBodyIsNoHeadline() {
        assertThat(headlines("The envoy arrived on Monday. Okafor Vows To Reopen The Crossing.")).isEmpty();
    }

    @Test
    void aHeadlineMayLeaveSmallWordsInLowerCase() {
        assertThat(headlines("Okafor Sees Trouble if the Talks Fail\n\nThe envoy left on Monday."))
                .containsExactly(new Said("Trouble if the Talks Fail", "Okafor"));
    }

    @Test
    void aHeadlinesLineMaySayWhereOrOnWhatTheNamedPersonSpoke() {
        assertThat(headlines("Former Envoy Mensah at the Summit: The Talks Have Failed\n\nThe envoy left on Monday."))
                .containsExactly(new Said("The Talks Have Failed", "Former Envoy Mensah"));
        assertThat(headlines("EXCLUSIVE - Kofi Mensah: Do Not Trust the Count\n\nThe envoy left on Monday."))
                .containsExactly(new Said("Do Not Trust the Count", "Kofi Mensah"));
        assertThat(headlines("Okafor camp: the levy hurts farmers\n\nThe envoy left on Monday."))
                .containsExactly(new Said("the levy hurts farmers", "Okafor camp"));
    }

    @Test
    void aLongLineIsNoHeadlineEvenWithAColon() {
        assertThat(headlines("Mensah at the harbour: the boats were late again this morning, the nets were torn, the buyers had gone "
                + "home, and nobody on the quay could say when the next ferry would come in from the islands.")).isEmpty();
    }

    @Test
    void aParticipleOrAnAdverbBeforeTheColonIsNoSpeaker() {
        assertThat(headlines("Speaking on the Radio: We Will Rebuild\n\nEarlier: The Roads Were Closed\n\nThe envoy left on Monday."))
                .isEmpty();
    }
}
