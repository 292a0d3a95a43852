package org.dossier.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinguisticsTest {

    private final Linguistics linguistics = new Linguistics();
    private final TypographyCleaner cleaner = new TypographyCleaner();

    @Test
    void splitsSentencesAndKeepsTheirOffsets() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("The envoys met on Monday. They agreed on nothing."));

        assertThat(analysed.sentences()).extracting(Sentence::text)
                .containsExactly("The envoys met on Monday.", "They agreed on nothing.");
        Sentence second = analysed.sentences().get(1);
        assertThat(analysed.text().substring(second.start(), second.end())).isEqualTo(second.text());
    }

    @Test
    void aTitleAbbreviationOrAnInitialDoesNotEndASentence() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Rep. Amara J. Okafor (D-Mass.) said the talks failed. They ended."));

        assertThat(analysed.sentences()).extracting(Sentence::text)
                .containsExactly("Rep. Amara J. Okafor (D-Mass.) said the talks failed.", "They ended.");
    }

    @Test
    void aBlankLineEndsASentenceEvenWithoutAFullStop() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Envoys meet in Geneva\n\nThe envoys met on Monday."));

        assertThat(analysed.sentences()).extracting(Sentence::text)
                .containsExactly("Envoys meet in Geneva", "The envoys met on Monday.");
    }

    @Test
    void aLineBreakEndsASentenceWhereTheLinesAreParagraphs() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Envoys meet in Geneva\nThe envoys met on Monday.\nThey agreed."));

        assertThat(analysed.sentences()).extracting(Sentence::text)
                .containsExactly("Envoys meet in Geneva", "The envoys met on Monday.", "They agreed.");
    }

    @Test
    void aLineOpeningInLowerCaseOrWithACommaGoesOnWithTheSentenceBefore() {
        String text = "The envoys met\non Monday in Geneva with Amara Okafor\n, the mediator.";

        AnalysedText analysed = linguistics.analyse(cleaner.clean(text));

        assertThat(analysed.sentences()).extracting(Sentence::text).containsExactly(text);
    }

    @Test
    void aSentenceOfHardWrappedTextRunsOnAcrossLines() {
        String wrapped = """
                The envoys of the four river states met on Monday in Geneva, where
                Amara Okafor, the mediator, asked them to share the water of the
                Kolo basin. They agreed to meet again in May. Their ministers will
                Decide by then. The talks were the first since the dam opened
                in the spring of last year, when the river fell to half its flow.
                """;

        AnalysedText analysed = linguistics.analyse(cleaner.clean(wrapped));

        assertThat(analysed.sentences()).extracting(Sentence::text).first().asString()
                .startsWith("The envoys").endsWith("Kolo basin.");
        assertThat(analysed.sentences()).hasSize(4);
    }

    @Test
    void tagsTokensWithUniversalPartsOfSpeech() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Lavrov said the talks in Geneva had failed."));

        assertThat(analysed.sentences().get(0).tokens())
                .extracting(Token::text, Token::pos)
                .contains(org.assertj.core.groups.Tuple.tuple("Lavrov", "PROPN"), org.assertj.core.groups.Tuple.tuple("said", "VERB"));
    }

    @Test
    void aNameOpeningASentenceBeforeItsVerbIsANameNotAnImperative() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Trump said the debate was rigged. Keep talking about it."));

        assertThat(analysed.sentences().get(0).tokens().get(0).pos()).isEqualTo("PROPN");
        assertThat(analysed.sentences().get(1).tokens().get(0).pos()).isEqualTo("VERB");
    }

    @Test
    void aNameOpeningASentenceBeforeAnAdverbAndItsVerbIsAName() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Fields later tweeted a photograph of the crowd."));

        assertThat(analysed.sentences().get(0).tokens().get(0).pos()).isEqualTo("PROPN");
    }

    @Test
    void aNameReadAsAVerbAfterATitlesAbbreviationIsAName() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Mr. Fielding, then 40, said he would wait."));

        assertThat(analysed.sentences().get(0).tokens().get(1).pos()).isEqualTo("PROPN");
    }

    @Test
    void aSurnameReadAsAVerbAfterAFirstNameIsAName() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Peter Hope said the crossing would stay closed."));

        assertThat(analysed.sentences().get(0).tokens().get(1).pos()).isEqualTo("PROPN");
    }

    @Test
    void aNameReadAsAVerbAfterACommaIsAName() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Despite efforts by his rivals to stop him, Trump says he will win."));

        assertThat(analysed.sentences().get(0).tokens()).filteredOn(token -> token.text().equals("Trump")).extracting(Token::pos)
                .containsExactly("PROPN");
    }

    @Test
    void aCapitalisedWordOpeningAQuotedSentenceKeepsItsVerbTag() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("He shouted: \"Stop talking about it.\""));

        assertThat(analysed.sentences().get(0).tokens()).filteredOn(token -> token.text().equals("Stop")).extracting(Token::pos)
                .containsExactly("VERB");
    }

    @Test
    void aCapitalisedWordThatIsNoPronounIsNotTaggedAsOne() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Ibrahim said the city was calm. She said nothing."));

        assertThat(analysed.sentences().get(0).tokens().get(0).pos()).isNotEqualTo("PRON");
        assertThat(analysed.sentences().get(1).tokens().get(0).pos()).isEqualTo("PRON");
    }

    @Test
    void aWordAfterAccordingToThatIsNoPronounIsNotTaggedAsOne() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Rents rose by a third, according to census figures. "
                + "Rents rose by a third, according to them."));

        assertThat(analysed.sentences().get(0).tokens()).filteredOn(token -> token.text().equals("census")).extracting(Token::pos)
                .doesNotContain("PRON");
        assertThat(analysed.sentences().get(1).tokens()).filteredOn(token -> token.text().equals("them")).extracting(Token::pos)
                .containsExactly("PRON");
    }

    @Test
    void aPossessiveIsOneTokenAndAContractedPronounIsNone() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("Russia's envoy said she's leaving."));

        assertThat(analysed.sentences().get(0).tokens()).filteredOn(Token::isPossessive).extracting(Token::text)
                .containsExactly("Russia's");
    }

    @Test
    void tokenOffsetsIndexTheCleanText() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("First. Then Geneva."));

        Token geneva = analysed.sentences().get(1).tokens().get(1);
        assertThat(analysed.text().substring(geneva.start(), geneva.end())).isEqualTo("Geneva");
    }

    @Test
    void aNameReadAsAVerbBeforeAVerbReadAsANounIsAName() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean(
                "It is odd that Trump demands an apology from the mayor. But Trump insists the vote was fair."));
        assertThat(analysed.sentences()).flatExtracting(Sentence::tokens)
                .filteredOn(token -> token.text().equals("Trump")).extracting(Token::pos).containsExactly("PROPN", "PROPN");
    }

    @Test
    void aCapitalisedWordReadAsAVerbBeforeACommaAndWhoIsAName() {
        AnalysedText analysed = linguistics.analyse(cleaner.clean("At the fair, Lopez backs Trump, who says the fair is his."));
        assertThat(analysed.sentences()).flatExtracting(Sentence::tokens)
                .filteredOn(token -> token.text().equals("Trump")).extracting(Token::pos).containsExactly("PROPN");
    }
}
