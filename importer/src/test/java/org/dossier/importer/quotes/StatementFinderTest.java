package org.dossier.importer.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import org.junit.jupiter.api.Test;

class StatementFinderTest {

    private final StatementFinder finder = new StatementFinder();
    private final Linguistics linguistics = new Linguistics();
    private final TypographyCleaner cleaner = new TypographyCleaner();

    private record Said(String content, String speaker, boolean direct) {
    }

    private List<Said> said(String text) {
        AnalysedText analysed = linguistics.analyse(cleaner.clean(text));
        String clean = analysed.text();
        return finder.find(analysed).stream()
                .map(s -> new Said(clean.substring(s.contentStart(), s.contentEnd()),
                        s.hasSpeaker() ? clean.substring(s.speakerStart(), s.speakerEnd()) : null, s.direct()))
                .toList();
    }

    private List<String> cues(String text) {
        AnalysedText analysed = linguistics.analyse(cleaner.clean(text));
        return finder.find(analysed).stream().map(s -> analysed.text().substring(s.cueStart(), s.cueEnd())).toList();
    }

    @Test
    void holdingIsSayingOnlyOfAView() {
        assertThat(said("The truce between the two armies held for a second day.")).isEmpty();
        assertThat(said("Okafor holds that the truce will last.")).containsExactly(new Said("that the truce will last", "Okafor", false));
    }

    @Test
    void aQuoteFollowedBySpeakerAndVerb() {
        assertThat(said("\"We will not give up on the ceasefire,\" Okafor said."))
                .containsExactly(new Said("We will not give up on the ceasefire,", "Okafor", true));
    }

    @Test
    void aQuoteFollowedByVerbAndSpeaker() {
        assertThat(said("\"The convoy was cleared in advance by all sides,\" said the envoy."))
                .containsExactly(new Said("The convoy was cleared in advance by all sides,", "the envoy", true));
    }

    @Test
    void aDayBetweenSpeakerAndCueIsNotTheSpeaker() {
        assertThat(said("Okafor on Saturday urged the delegations to return to the table."))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void anyAdverbMayStandBetweenSpeakerAndCue() {
        assertThat(said("Amara Okafor now says the convoy must wait.\n\nThe envoy has long said that the ceasefire cannot hold."))
                .extracting(Said::speaker).containsExactly("Amara Okafor", "The envoy");
    }

    @Test
    void anAuxiliaryOrAContractedPronounStandsBeforeTheCue() {
        assertThat(said("Okafor could say that the talks had failed.\n\nShe's said the convoy would leave."))
                .extracting(Said::speaker).containsExactly("Okafor", "She");
    }

    @Test
    void aNegatedCueKeepsItsNegation() {
        assertThat(cues("The minister didn't say whether the convoy had left.")).containsExactly("didn't say");
    }

    @Test
    void aSurnameTheTaggerReadsAsAVerbEndsTheSpeakersName() {
        assertThat(said("Peter Hope says the crossing will stay closed."))
                .containsExactly(new Said("the crossing will stay closed", "Peter Hope", false));
    }

    @Test
    void aPeriodBetweenSpeakerAndCueIsNotPartOfTheSpeaker() {
        assertThat(said("The foreign minister last week told reporters that the convoy had been cleared."))
                .extracting(Said::speaker).containsExactly("The foreign minister");
    }

    @Test
    void aTranscriptTurnIsTheSpeakersWholeParagraph() {
        assertThat(said("OKAFOR: We have proposed a plan and we are waiting for an answer.\n\nHOST: Thank you."))
                .contains(new Said("We have proposed a plan and we are waiting for an answer.", "OKAFOR", true));
    }

    @Test
    void aTranscriptQuotedWholeStillHasItsTurns() {
        assertThat(said("\"OKAFOR: We have proposed a plan and we are waiting for an answer.\n\n\"HOST: Thank you for coming."))
                .extracting(Said::speaker).containsExactly("OKAFOR", "HOST");
    }

    @Test
    void aNameUnderADashSignsTheQuoteBeforeIt() {
        assertThat(said("“The debate showed who he really is.” ― Amara Okafor “It changed my vote.” ― Li Wei."))
                .containsExactly(new Said("The debate showed who he really is.", "Amara Okafor", true),
                        new Said("It changed my vote.", "Li Wei", true));
    }

    @Test
    void aBracketedAsideAfterTheSpeakerIsPassedOver() {
        assertThat(said("Senator Amara Okafor (D-Ohio) said the hearing would go ahead without him."))
                .extracting(Said::speaker).containsExactly("Senator Amara Okafor");
    }

    @Test
    void anAppositiveAfterTheSpeakerIsPassedOver() {
        assertThat(said("Li Wei, a spokesman for the ministry, said the convoy had been cleared."))
                .extracting(Said::speaker).containsExactly("Li Wei");
    }

    @Test
    void aNounPhraseWhoseHeadIsAlsoAnAdjectiveIsASpeaker() {
        assertThat(said("The official said the convoy had been cleared. A Republican hopeful, Amara Okafor, says she will run."))
                .extracting(Said::speaker).containsExactly("The official", "A Republican hopeful");
    }

    @Test
    void anAdjectiveBeforeACueThatIsNoVerbOfSayingIsNoSpeaker() {
        assertThat(said("The total estimated cost of the repairs is four million dollars.")).isEmpty();
    }

    @Test
    void aShareOfThoseAskedSpeaksForThem() {
        assertThat(said("Two in three said the curfew should end. About one in 10 said it should stay."))
                .extracting(Said::speaker).containsExactly("Two in three", "About one in 10");
    }

    @Test
    void thoseAskedAndTheirPercentageSpeak() {
        assertThat(said("Those surveyed say the curfew should end. Nearly nine out of 10 say it hurts trade. "
                + "In all, 47% say the curfew works."))
                .extracting(Said::speaker).containsExactly("Those surveyed", "Nearly nine out of 10", "47%");
    }

    @Test
    void aQuantifierAtTheHeadOfAClauseSpeaks() {
        assertThat(said("One agency says the toll is 40, while another says it is 60."))
                .extracting(Said::speaker).containsExactly("One agency", "another");
    }

    @Test
    void aQuantifierAfterTheSubjectIsNotTheSpeaker() {
        assertThat(said("The two envoys both said the ceasefire would hold."))
                .extracting(Said::speaker).containsExactly("The two envoys");
    }

    @Test
    void aSecondVerbJoinedByAndSpeaksWithASubjectThatHasItsOwnPhrases() {
        assertThat(said("A spokesman for the governor defended the route and said the police had trained for months."))
                .extracting(Said::speaker, Said::content).contains(tuple("the governor", "the police had trained for months"));
    }

    @Test
    void anAsideBetweenEmDashesIsPassedOver() {
        assertThat(said("Amara Okafor \u2014 a teacher from the capital \u2014 says she will vote for the first time."))
                .extracting(Said::speaker).containsExactly("Amara Okafor");
    }

    @Test
    void aBracketedAsideMayHoldAClause() {
        assertThat(said("Li Wei (a diplomat so young he has been taken for an intern) says the talks went well."))
                .extracting(Said::speaker).containsExactly("Li Wei");
    }

    @Test
    void anAsideOpenedByAPastParticipleIsPassedOver() {
        assertThat(said("The report, published by the ministry on Monday, shows that exports fell by a third."))
                .extracting(Said::speaker).containsExactly("The report");
    }

    @Test
    void aPluralSpeakerMayFollowTheCue() {
        assertThat(said("The plan is not such a bad idea either, say some economists, who fear a recession."))
                .extracting(Said::speaker, Said::content)
                .containsExactly(tuple("some economists", "The plan is not such a bad idea either"));
    }

    @Test
    void noClauseBeforeAnInvertedCueIsNoStatement() {
        assertThat(said("At this juncture, said the minister, nothing has been decided.")).extracting(Said::content)
                .doesNotContain("At this juncture");
    }

    @Test
    void anAsideOpenedByAnIngParticipleMayHoldOtherParticiples() {
        assertThat(said("Okafor, wearing a shirt covered in campaign badges, said she would vote for the first time."))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void aParticipleJoinedByAHyphenInAnAsideIsPartOfAnAdjective() {
        assertThat(said("Okafor, a senator from the north and self-described socialist, said the budget would fail."))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void aLongAsideIsPassedOverWhenARelativePronounOpensIt() {
        assertThat(said("Mensah, whose studies at the university in the capital were paid for by the army because he had served "
                + "in its reserve for three years before the war, said the scheme should be kept."))
                .extracting(Said::speaker).containsExactly("Mensah");
    }

    @Test
    void anAgeAndARelativeClauseAfterTheSpeakerArePassedOver() {
        assertThat(said("Okafor, 56, who has led the delegation for a decade, told reporters that the talks would resume."))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void aSpeakersNameKeepsItsInitialAndGeneration() {
        assertThat(said("Amara K. Okafor said the convoy had left.\n\n\"The convoy has left,\" Jonas Brandt II said."))
                .extracting(Said::speaker).containsExactly("Amara K. Okafor", "Jonas Brandt II");
    }

    @Test
    void aRelativeClauseWithThatIsStillAnAside() {
        assertThat(said("Okafor -- the envoy that leads the talks -- said the convoy had left."))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void aClauseBetweenCommasIsNotAnAside() {
        assertThat(said("The talks failed, the envoy conceded, said the delegates would go home."))
                .extracting(Said::speaker).doesNotContain("The talks");
    }

    @Test
    void callingSomethingSomethingIsAStatement() {
        assertThat(said("The opposition leader called the ceasefire plan a cynical delay."))
                .containsExactly(new Said("the ceasefire plan a cynical delay", "The opposition leader", false));
    }

    @Test
    void aCueFormAfterADeterminerOrAPossessiveIsANoun() {
        assertThat(said("Okafor's reported death was a ruse to win sympathy.")).isEmpty();
    }

    @Test
    void aThatTheTaggerReadsAsAPronounStillOpensWhatACueReports() {
        assertThat(said("Video shows that Mensah had raised both hands."))
                .extracting(Said::speaker, Said::content).containsExactly(tuple("Video", "that Mensah had raised both hands"));
    }

    @Test
    void callingItSomethingIsAStatementAndCallingItQuitsIsNot() {
        assertThat(said("The minister called it \"a cynical delay.\" The rebels called it quits after a week of shelling."))
                .extracting(Said::speaker, Said::content).containsExactly(tuple("The minister", "it \"a cynical delay.\""));
    }

    @Test
    void aNameAfterTheCueIsItsObjectAfterAnOpeningPhrase() {
        assertThat(said("On Monday, Okafor called Mensah \"a reckless gambler.\""))
                .extracting(Said::speaker, Said::content).containsExactly(tuple("Okafor", "Mensah \"a reckless gambler.\""));
    }

    @Test
    void notRespondingToRequestsForCommentIsNoStatement() {
        assertThat(said("The ministry did not respond to requests for comment on Monday.")).isEmpty();
    }

    @Test
    void aTitleInTheCircumstanceOfASayingIsNoStatement() {
        assertThat(said("Okafor said Thursday morning on Radio One's \u201cFox and Friends.\u201d")).isEmpty();
    }

    @Test
    void theSubjectOfAPassiveSayingIsNotItsSpeaker() {
        assertThat(said("The new models are said to be four times faster. The envoy was told that the border would stay shut."))
                .isEmpty();
    }

    @Test
    void callingOffTalksIsNoStatement() {
        assertThat(said("The United States called off bilateral talks with Russia this month.")).isEmpty();
    }

    @Test
    void whatAPollShowsIsAttributedToThePoll() {
        assertThat(said("A new poll showed that most voters back the agreement."))
                .extracting(Said::speaker).containsExactly("A new poll");
    }

    @Test
    void aCueInTheIngFormSpeaksWithTheSubjectOfTheSentence() {
        assertThat(said("The foreign minister left the talks on Monday, saying they would prolong the war."))
                .containsExactly(new Said("they would prolong the war", "The foreign minister", false));
    }

    @Test
    void aCueInTheIngFormSpeaksWithTheSubjectOfTheNearestClause() {
        assertThat(said("After the talks collapsed, the minister rejected the plan, saying it would prolong the war."))
                .extracting(Said::speaker, Said::content).contains(tuple("the minister", "it would prolong the war"));
    }

    @Test
    void aParticipleAfterACommaIsNotSpokenByThePlaceBeforeIt() {
        assertThat(said("The mayor spoke on Tuesday about the flooding in Accra, Ghana, arguing that the city needs new drains."))
                .extracting(Said::speaker, Said::content).contains(tuple("The mayor", "that the city needs new drains"));
    }

    @Test
    void aPossessiveNameIsPartOfTheSpeakerAfterTheCue() {
        assertThat(said("The debates are not likely to change the race, noted NBC's Amara Okafor."))
                .extracting(Said::speaker).containsExactly("NBC's Amara Okafor");
    }

    @Test
    void aJoinedCueSpeaksWithTheSubjectOfAProgressiveVerb() {
        assertThat(said("He's comparing the new rules to the old ones and says they will not last."))
                .extracting(Said::speaker, Said::content).containsExactly(tuple("He", "they will not last"));
    }

    @Test
    void thenJoinsASecondCueToTheFirstVerbsSubject() {
        assertThat(said("Okafor offered the envoy a seat at the table, then says she will not wait."))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void aShortQuotedClauseBeforeItsAttributionIsAStatement() {
        assertThat(said("\"Absolutely not,\" Okafor said."))
                .containsExactly(new Said("Absolutely not,", "Okafor", true));
    }

    @Test
    void aShortScareQuoteIsNoStatement() {
        assertThat(said("The talks produced a \"broad agreement\" on Friday.")).isEmpty();
    }

    @Test
    void aSourceOpeningTheSentenceRunsToItsComma() {
        assertThat(said("According to conservative talk radio host Amara Okafor, the move reeks of fear and desperation."))
                .containsExactly(new Said("the move reeks of fear and desperation", "conservative talk radio host Amara Okafor", false));
    }

    @Test
    void aHeadlineInTheNamedShorthandIsThatPersonsStatement() {
        assertThat(said("Okafor: The Ceasefire Will Hold.\n\nThe envoy spoke in Geneva."))
                .containsExactly(new Said("The Ceasefire Will Hold", "Okafor", false));
    }

    @Test
    void aLabelBeforeAColonIsNoSpeaker() {
        assertThat(said("Update: The talks resumed in the afternoon.")).isEmpty();
    }

    @Test
    void curlyQuotesUsedForBothEndsStillPair() {
        assertThat(said("The minister said: ”We expect nothing from these talks.”"))
                .extracting(Said::speaker, Said::direct)
                .containsExactly(tuple("The minister", true));
    }

    @Test
    void aQuoteContinuedAfterItsAttributionIsOneStatement() {
        List<Said> statements = said("\"We have proposed a plan,\" Okafor said. \"It is now up to the others to answer it.\"");

        assertThat(statements).containsExactly(
                new Said("We have proposed a plan,\" Okafor said. \"It is now up to the others to answer it.", "Okafor", true));
    }

    @Test
    void aParagraphEndingInACueAndAColonIntroducesTheNextParagraph() {
        assertThat(said("The envoy arrived late. Okafor said:\n\n\"We have a plan and we are waiting for an answer.\""))
                .containsExactly(new Said("We have a plan and we are waiting for an answer.", "Okafor", true));
    }

    @Test
    void aQuoteInTheNextParagraphIsAStatementOfItsOwn() {
        List<Said> statements = said("\"We have proposed a plan,\" Okafor said.\n\n\"It is now up to the others,\" Okafor added.");

        assertThat(statements).extracting(Said::content)
                .containsExactly("We have proposed a plan,", "It is now up to the others,");
    }

    @Test
    void reportedSpeechWithThat() {
        assertThat(said("The spokesman said that the talks would resume next week."))
                .containsExactly(new Said("that the talks would resume next week", "The spokesman", false));
    }

    @Test
    void reportedSpeechWithTheAttributionAfter() {
        assertThat(said("The talks will resume next week, the spokesman said."))
                .containsExactly(new Said("The talks will resume next week", "the spokesman", false));
    }

    @Test
    void accordingToNamesTheSource() {
        assertThat(said("According to the aid agency, twenty trucks reached the city on Monday."))
                .extracting(Said::speaker)
                .containsExactly("the aid agency");
    }

    @Test
    void accordingToAfterAnOpeningAdjunctAttributesTheClauseAfterIt() {
        assertThat(said("In addition, according to the ministry, four million households will receive the grant."))
                .containsExactly(new Said("four million households will receive the grant", "the ministry", false));
    }

    @Test
    void accordingToAfterASubordinateClauseAttributesTheMainClause() {
        assertThat(said("Although most roads were cleared, according to an official, two were still flooded."))
                .containsExactly(new Said("two were still flooded", "an official", false));
    }

    @Test
    void accordingToInterruptingAClauseAttributesTheWholeClause() {
        assertThat(said("The mayor, according to the poll, leads his rival by six points."))
                .containsExactly(new Said("The mayor, according to the poll, leads his rival by six points", "the poll", false));
    }

    @Test
    void accordingToBeforeAClauseJoinedByAndAttributesTheClauseBefore() {
        assertThat(said("Nine people were hurt in the blast, according to the police, and the market was closed."))
                .containsExactly(new Said("Nine people were hurt in the blast", "the police", false));
    }

    @Test
    void accordingToInterruptingAReportOfSpeechLeavesTheStatementToItsSpeaker() {
        assertThat(said("The ministry, according to state radio, said the border would reopen."))
                .extracting(Said::speaker).containsExactly("The ministry");
    }

    @Test
    void saidNothingReportsNothingSaid() {
        assertThat(said("She left the hearing early and said nothing, according to a clerk."))
                .containsExactly(new Said("She left the hearing early and said nothing", "a clerk", false));
    }

    @Test
    void aStatementEndsBeforeAnotherSourceNamedAfterIt() {
        assertThat(said("The minister said the talks would resume in May, according to the state news agency."))
                .extracting(Said::content).contains("the talks would resume in May");
    }

    @Test
    void aNounBeforeTheHeadOfTheSpeakerModifiesIt() {
        assertThat(said("A senior Mensah campaign official said on Monday that the loan would be repaid."))
                .containsExactly(new Said("that the loan would be repaid", "A senior Mensah campaign official", false));
    }

    @Test
    void aSubjectPronounAfterTheCueOpensTheWordsSaid() {
        assertThat(said("As for the harvest, he said he's not worried at all."))
                .containsExactly(new Said("he's not worried at all", "he", false));
    }

    @Test
    void aTimeBetweenSpeakerAndCueMayBeginWithEarlyOrLate() {
        assertThat(said("Two customs officers late Sunday night said the crossing had been closed."))
                .extracting(Said::speaker).containsExactly("Two customs officers");
    }

    @Test
    void peopleFamiliarWithSomethingAreTheSpeakersNotTheThing() {
        assertThat(said("People familiar with the talks said the deal was close.\n\nThose close to him say he will run again."))
                .extracting(Said::speaker).containsExactly("People familiar with the talks", "Those close to him");
    }

    @Test
    void manyOfWhomSpeaksForThePeopleBeforeIt() {
        assertThat(said("The rules angered the owners of the mills, many of whom say the fees are unfair."))
                .containsExactly(new Said("the fees are unfair", "the owners of the mills", false));
    }

    @Test
    void aYearBetweenSpeakerAndVerbOfSayingIsPassedOver() {
        assertThat(said("The senator, who in 2012 said the goal was to win the north, has stayed silent since."))
                .extracting(Said::speaker).containsExactly("The senator");
    }

    @Test
    void speakingAboutSomethingSaysNothingYet() {
        assertThat(said("He speaks about farming often, though he noted he has also covered the courts."))
                .extracting(Said::content).containsExactly("he has also covered the courts");
    }

    @Test
    void aStatementEndsAtALaterAttributionWhenTheNearerIsInsideItsClause() {
        assertThat(said("He said he speaks about farming often, though he noted that he has also covered the courts."))
                .extracting(Said::content).containsExactly("he speaks about farming often", "that he has also covered the courts");
    }

    @Test
    void anAttributionInterruptingASubjectReportsTheWholeClause() {
        assertThat(said("The talks, the envoy said, had failed because the convoy was late."))
                .containsExactly(new Said("The talks, the envoy said, had failed because the convoy was late", "the envoy", false));
    }

    @Test
    void anInvertedAttributionInterruptingASubjectReportsTheWholeClause() {
        assertThat(said("The main risk, say engineers like Mensah, is the old dam."))
                .extracting(Said::content).containsExactly("The main risk, say engineers like Mensah, is the old dam");
    }

    @Test
    void anAttributionAfterAnOpeningAdjunctReportsTheClauseAfterIt() {
        assertThat(said("At the rally, Okafor said, the crowd was larger than ever."))
                .extracting(Said::content).containsExactly("the crowd was larger than ever");
    }

    @Test
    void aVerbOfSayingJoinedAfterAnAuxiliarySharesTheClauseSubject() {
        assertThat(said("The minister cut the budget in March but has since said that taxes will rise."))
                .containsExactly(new Said("that taxes will rise", "The minister", false));
    }

    @Test
    void aPassiveVerbOfSayingJoinedToAClauseHasNoSpeaker() {
        assertThat(said("The driver was taken to hospital and is said to be stable.")).isEmpty();
    }

    @Test
    void anAsideOfAConjunctionAndAParticipleIsPassedOver() {
        assertThat(said("Mensah's office, when contacted by reporters, said the minister was abroad."))
                .containsExactly(new Said("the minister was abroad", "Mensah's office", false));
    }

    @Test
    void anOpeningPhraseBeforeTheSpeakerIsNotWhatWasSaid() {
        assertThat(said("In a short reply, Okafor said \"no\" four times.")).extracting(Said::content).doesNotContain("In a short reply");
    }

    @Test
    void anAttributionBetweenDashesLeavesNoStatementOfDashes() {
        assertThat(said("Okafor argued the plan was weak - \"we need more money,\" she said - and warned it would fail."))
                .extracting(Said::content).doesNotContain("-");
    }

    @Test
    void mostOfThemSpeaksForThem() {
        assertThat(said("Until the mill closed, most of them said they had liked the work."))
                .containsExactly(new Said("they had liked the work", "most of them", false));
    }

    @Test
    void aQuoteAfterAParticipleIsSaidByTheClauseSubject() {
        assertThat(said("The students kept marching around the stadium - where the team played on Sunday - while chanting, "
                + "\"No more fees.\""))
                .extracting(Said::content, Said::speaker).containsExactly(tuple("\"No more fees.\"", "The students"));
    }

    @Test
    void saysIsAVerbWhateverItsTag() {
        assertThat(said("Before the vote, the executive says, \"We are staying put.\""))
                .extracting(Said::speaker).containsExactly("the executive");
    }

    @Test
    void aParticipleAndItsTimeAfterTheSpeakerDescribeIt() {
        assertThat(said("A report published on Monday says the river is polluted."))
                .containsExactly(new Said("the river is polluted", "A report", false));
    }

    @Test
    void anyVerbBeforeAColonOpeningAQuoteIntroducesIt() {
        assertThat(said("Okafor sighed: \"The bridge will open in May.\""))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void anIngFormAfterAPossessiveEndsTheSpeakersPhrase() {
        assertThat(said("A source familiar with Mensah's thinking said the senator would run."))
                .extracting(Said::speaker).containsExactly("A source familiar with Mensah's thinking");
    }

    @Test
    void tweetedIsAVerbWhateverItsTag() {
        assertThat(said("Another tweeted, \"The mayor has lost the plot.\""))
                .extracting(Said::speaker).containsExactly("Another");
    }

    @Test
    void aParticipleRightAfterAQuoteIsNoInvertedAttribution() {
        assertThat(said("Mensah gave a long speech on \"farm values,\" saying the region fed the country."))
                .extracting(Said::speaker).doesNotContain("the region");
    }

    @Test
    void aPersonInAPlaceSpeaksNotThePlace() {
        assertThat(said("Doctors at the field hospital said the wounded kept arriving.\n\nOfficials in Accra said the roads were open."))
                .extracting(Said::speaker).containsExactly("Doctors at the field hospital", "Accra");
    }

    @Test
    void theListenerOfToldIsNotTheContent() {
        assertThat(said("Okafor told reporters the ceasefire had collapsed."))
                .containsExactly(new Said("the ceasefire had collapsed", "Okafor", false));
    }

    @Test
    void quotedWordsWithNoAttributionInTheirParagraphAreLeftOut() {
        assertThat(said("The song \"Skies over the Harbour\" played all night.")).isEmpty();
    }

    @Test
    void aParticipleAsideBetweenSpeakerAndCueIsPassedOver() {
        assertThat(said("Okafor, speaking to farmers in the north, said the harvest would be late."))
                .containsExactly(new Said("the harvest would be late", "Okafor", false));
    }

    @Test
    void anAsideBetweenDashesIsPassedOver() {
        assertThat(said("Mendes -- a former envoy who led the last round -- said the talks had stalled."))
                .extracting(Said::speaker).containsExactly("Mendes");
    }

    @Test
    void anAttributionAfterTheWordsMayCarryADayAndAClause() {
        assertThat(said("The convoy will leave at dawn, aid officials said Friday afternoon, as the fighting eased."))
                .containsExactly(new Said("The convoy will leave at dawn", "aid officials", false));
    }

    @Test
    void aSpeakerAfterTheWordsKeepsItsPrepositionalPhrase() {
        assertThat(said("The ferry never left the harbour, lawyers for the crew said."))
                .extracting(Said::speaker).containsExactly("lawyers for the crew");
    }

    @Test
    void aCueFollowedByItsOwnWordsDoesNotEndTheStatement() {
        assertThat(said("At the rally, the mayor said the bridge would reopen in May."))
                .containsExactly(new Said("the bridge would reopen in May", "the mayor", false));
    }

    @Test
    void aSecondSpeakerInTheSameSentenceEndsTheFirstStatement() {
        assertThat(said("Farmers have urged the council to keep the market open, although they say they accept shorter hours."))
                .extracting(Said::content)
                .containsExactly("the council to keep the market open", "they accept shorter hours");
    }

    @Test
    void aParticipleCueAfterWhileSpeaksWithTheSubject() {
        assertThat(said("The protesters marched through the city, while chanting \"Open the border now.\""))
                .extracting(Said::speaker).containsExactly("The protesters");
    }

    @Test
    void aParticipleCueAfterBySpeaksWithTheSubject() {
        assertThat(said("The envoy calmed the delegates by telling them that the convoy had left."))
                .extracting(Said::speaker).containsExactly("The envoy");
    }

    @Test
    void aParticipleCueSpeaksWithTheSubjectAfterAnOpeningPhrase() {
        assertThat(said("In a speech in the north, the governor attacked the plan, saying it would close three schools."))
                .containsExactly(new Said("it would close three schools", "the governor", false));
    }

    @Test
    void aCueJoinedByAndSpeaksWithTheSubjectOfTheFirstVerb() {
        assertThat(said("Okafor thanked the delegates and said the ceasefire would hold."))
                .containsExactly(new Said("the ceasefire would hold", "Okafor", false));
    }

    @Test
    void theSpeakerOfWhoIsThePersonItStandsFor() {
        assertThat(said("Reporters met a fisherman in the harbour who said the ferry had left early."))
                .extracting(Said::speaker).containsExactly("a fisherman in the harbour");
    }

    @Test
    void wherePeopleSpokeIsNotWhatTheySaid() {
        assertThat(said("The mayor said in a statement on Monday that the bridge would reopen in May."))
                .containsExactly(new Said("that the bridge would reopen in May", "The mayor", false));
        assertThat(said("The envoy spoke at a news conference in the capital on Monday.")).isEmpty();
    }

    @Test
    void whatIsCriticisedOrPraisedIsWhatWasSaid() {
        assertThat(said("The minister criticized the ceasefire plan as a surrender."))
                .containsExactly(new Said("the ceasefire plan as a surrender", "The minister", false));
        assertThat(said("The minister rejected the new ceasefire plan, saying it would prolong the war."))
                .extracting(Said::content).containsExactly("the new ceasefire plan", "it would prolong the war");
    }

    @Test
    void aSpeakerNamedAfterTheCueMayCarryAnApposition() {
        assertThat(said("The convoy could leave this week, said Brian Okafor, a longtime adviser to the council who oversees the talks."))
                .containsExactly(new Said("The convoy could leave this week", "Brian Okafor", false));
    }

    @Test
    void aTitleInQuotesIsNotAQuote() {
        assertThat(said("\"Fields of the North,\" the minister said.")).isEmpty();
        assertThat(said("\"Fields of the north,\" the minister said.")).hasSize(1);
    }

    @Test
    void aCueAmongQuotedWordsIsNoAttribution() {
        assertThat(said("The minister said she was glad the talks had resumed and looked forward to "
                + "\"seeing the delegates back at the table and continuing on the road to peace.\""))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("she was glad the talks had resumed and looked forward to "
                        + "\"seeing the delegates back at the table and continuing on the road to peace.\"", "The minister"));
    }

    @Test
    void butBeforeASecondSpeakerEndsTheFirstStatementWithItsQuotationWhole() {
        assertThat(said("The envoy said that the report did not give \"a full account of what happened in the city,\" but he said that the talks would go on."))
                .extracting(Said::content, Said::speaker)
                .containsExactly(
                        tuple("that the report did not give \"a full account of what happened in the city,\"", "The envoy"),
                        tuple("that the talks would go on", "he"));
    }

    @Test
    void aSecondCueJoinedByAndIsASecondStatement() {
        assertThat(said("Okafor said the convoy had left the city and added that more aid would follow."))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("the convoy had left the city", "Okafor"),
                        tuple("that more aid would follow", "Okafor"));
    }

    @Test
    void aSecondCueJoinedByButSpeaksWithTheSameSubject() {
        assertThat(said("The aides say it is too early to talk of a deal but noted that both sides had agreed to meet."))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("it is too early to talk of a deal", "The aides"),
                        tuple("that both sides had agreed to meet", "The aides"));
    }

    @Test
    void aConcessiveClauseWithASpeakerOfItsOwnIsASecondStatement() {
        assertThat(said("Okafor said the convoy had left the city, though she noted the roads were still closed."))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("the convoy had left the city", "Okafor"), tuple("the roads were still closed", "she"));
    }

    @Test
    void aPossessiveOpensTheSpeakersPhrase() {
        assertThat(said("Their lawyer said the convoy had been cleared."))
                .extracting(Said::speaker).containsExactly("Their lawyer");
    }

    @Test
    void aSecondCueOfTheSameSpeakerLeavesTheFirstItsObject() {
        assertThat(said("The governor praised the plan and said it would bring jobs to the valley."))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("the plan", "The governor"),
                        tuple("it would bring jobs to the valley", "The governor"));
    }

    @Test
    void aNounPhraseAfterTheCueIsItsObjectNotACircumstance() {
        assertThat(said("In her memoir of the war years, Mendes noted the ceasefire's collapse."))
                .extracting(Said::content).containsExactly("the ceasefire's collapse");
    }

    @Test
    void whenWhereAndToWhomAloneAreNotAStatement() {
        assertThat(said("Okafor said this month on the radio.")).isEmpty();
        assertThat(said("The envoy told me this week.")).isEmpty();
    }

    @Test
    void aNameTheTaggerCallsAConjunctionIsStillAName() {
        assertThat(said("In her memoir of the war years, Okafor noted the ceasefire's collapse."))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void aTimeAfterTheCueOfAnAttributionAfterTheWordsIsNoObject() {
        assertThat(said("The convoy left the city, aid workers said last week."))
                .containsExactly(new Said("The convoy left the city", "aid workers", false));
    }

    @Test
    void quotedAsSayingSpeaksForTheOneQuoted() {
        assertThat(said("The agency quoted the foreign minister as saying the talks were useful."))
                .containsExactly(new Said("the talks were useful", "the foreign minister", false));
        assertThat(said("The agency quoted Okafor as saying: \"We expect nothing from the talks.\""))
                .extracting(Said::speaker).containsExactly("Okafor");
    }

    @Test
    void aSpeakerAfterAQuoteMayCarryTwoAppositives() {
        assertThat(said("\"We will win this case,\" Maria Lopez, the mayor of Springfield, a town of farmers and millers, said on Monday."))
                .extracting(Said::speaker, Said::direct).containsExactly(tuple("Maria Lopez", true));
    }

    @Test
    void anAppositiveAfterATimeIsNoAppositiveOfAName() {
        assertThat(said("On Friday, the head of the rescue team, Kwame Boateng, said the ferry had sunk."))
                .extracting(Said::speaker).doesNotContain("Friday");
    }

    @Test
    void aCueLeftWithOnlyAnObjectGivesWayToTheSpeakerAfterTheComma() {
        assertThat(said("When she wrote her novel, Okafor said that fame meant little to her."))
                .containsExactly(new Said("that fame meant little to her", "Okafor", false));
    }

    @Test
    void aRelativeClauseAfterTheObjectIsAStatementOfItsOwn() {
        assertThat(said("Garcia praised Lopez, who says the prize belongs to the whole village."))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("Lopez", "Garcia"), tuple("the prize belongs to the whole village", "Lopez"));
    }

    @Test
    void aCueInsideADashedAsideReportsNoFurtherThanTheAside() {
        assertThat(said("The audit -- which finds that costs rose by half -- was published on Monday."))
                .containsExactly(new Said("that costs rose by half", "The audit", false));
    }

    @Test
    void anSFormBetweenANameAndASubjectPronounIsAVerb() {
        assertThat(said("Lopez notes they were hired long before her time."))
                .containsExactly(new Said("they were hired long before her time", "Lopez", false));
    }

    @Test
    void aRelativeClauseWithoutItsPronounDescribesTheSpeaker() {
        assertThat(said("All the engineers we spoke to said the dam would hold.\n\nEveryone I met praised the new bridge."))
                .extracting(Said::speaker).containsExactly("All the engineers", "Everyone");
    }

    @Test
    void anAsideHoldingOnlyItsAttributionReportsTheClauseAroundIt() {
        assertThat(said("The vote may prove - as several observers hoped - the start of a calmer year."))
                .extracting(Said::content, Said::speaker).containsExactly(tuple("the start of a calmer year", "several observers"));
    }

    @Test
    void whatFollowsTheAttributionOfAnOpeningQuoteIsItsCircumstance() {
        assertThat(said("\"The river rose faster than any of us expected,\" Okafor said after touring the valley."))
                .containsExactly(new Said("The river rose faster than any of us expected,", "Okafor", true));
    }

    @Test
    void aQuotedPhraseInsideTheSentenceLeavesTheWordsAfterTheCueSaid() {
        assertThat(said("While the mayor talked about \"our proud harbour,\" Okafor said the new quay was far too small."))
                .extracting(Said::content, Said::speaker).contains(tuple("the new quay was far too small", "Okafor"));
    }

    @Test
    void aParticipleAfterTheAttributionOfAQuoteSpeaksWithItsSpeaker() {
        assertThat(said("\"The road is open,\" Okafor said, adding that the convoy would leave at dawn."))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("The road is open,", "Okafor"), tuple("that the convoy would leave at dawn", "Okafor"));
    }

    @Test
    void regularCuesKeepTheirSpellingInEveryForm() {
        assertThat(cues("Okafor admitted the count was wrong.\n\nLopez downplays the risk of a breach.\n\n"
                + "The envoy is agreeing that the talks must go on.")).containsExactly("admitted", "downplays", "agreeing");
    }

    @Test
    void aDashPartsTheSpeakerFromTheWordsBeforeIt() {
        assertThat(said("When Okafor said the bridge had cost twice its price - a sum the town still talks about - "
                + "Lopez replied, \"Good roads are never cheap.\""))
                .extracting(Said::content, Said::speaker)
                .containsExactly(tuple("the bridge had cost twice its price - a sum the town still talks about", "Okafor"),
                        tuple("\"Good roads are never cheap.\"", "Lopez"));
    }

    @Test
    void aParticipleAfterADatelineSpeaksWithTheSubjectAfterTheDash() {
        assertThat(said("ACCRA - The health ministry opened two new clinics on Monday, conceding that the old ones were full."))
                .extracting(Said::content, Said::speaker).contains(tuple("that the old ones were full", "The health ministry"));
    }

    @Test
    void anAdverbMayStandBeforeATimeBetweenSpeakerAndCue() {
        assertThat(said("The ferry company just this week announced a new timetable for the islands."))
                .extracting(Said::speaker).containsExactly("The ferry company");
    }

    @Test
    void aGerundAfterByIsACueWhateverItsTag() {
        assertThat(said("He began by emphasizing rural roads and cheaper seed."))
                .containsExactly(new Said("rural roads and cheaper seed", "He", false));
    }

    @Test
    void aVerbOfSeemingStandsBetweenSpeakerAndCue() {
        assertThat(said("Farmers were upset after she appeared to suggest that the harvest had been wasted."))
                .extracting(Said::content, Said::speaker).containsExactly(tuple("that the harvest had been wasted", "she"));
    }

    @Test
    void aQuantifierAfterABracketCountsTheSubjectBeforeIt() {
        assertThat(said("Mensah (D-Accra) and Boateng (D-Kumasi) both argued that the levy was unfair to fishermen."))
                .extracting(Said::content).containsExactly("that the levy was unfair to fishermen");
    }

    @Test
    void aSpeakerAfterATitlesAbbreviationAttributesTheQuoteBeforeIt() {
        assertThat(said("\"The road will stay shut until the bridge is safe again,\" "
                + "Rep. Kofi Mensah (D-Accra), who sits on the transport committee, told the radio station."))
                .extracting(Said::speaker, Said::direct).containsExactly(tuple("Rep. Kofi Mensah", true));
    }

    @Test
    void aParticipleAfterAQuotationSpeaksWithTheSpeakerNotTheQuotedSubject() {
        assertThat(said("In a letter, the ministry wrote: \"The clinic was a model when it first opened,\" "
                + "adding that its staff had doubled."))
                .extracting(Said::content, Said::speaker).contains(tuple("that its staff had doubled", "the ministry"));
    }

    @Test
    void goingOnDoingIsNoGoingOnSpeaking() {
        assertThat(said("The fishermen continued to avoid the bay.")).isEmpty();
        assertThat(said("Okafor continued to insist that the talks had failed."))
                .containsExactly(new Said("that the talks had failed", "Okafor", false));
    }

    @Test
    void aClauseOfTimeAfterAVerbOfSayingTellsNothingSaid() {
        assertThat(said("The minister said after touring the flooded valley.")).isEmpty();
    }

    @Test
    void byAfterAParticipleNamesWhoSpokeNotWhatWasSaid() {
        assertThat(said("The same complaint echoed by the union was heard across the valley.")).isEmpty();
    }

    @Test
    void showingUpAndBeingChargedInCourtAreNoSpeech() {
        assertThat(said("Half the village showed up at the funeral.")).isEmpty();
        assertThat(said("Two men were charged with murder on Monday.")).isEmpty();
    }

    @Test
    void theSubjectOfAPassiveOfBeliefIsSpokenOf() {
        assertThat(said("The old pump is believed to have broken in the night.")).isEmpty();
    }

    @Test
    void aTitlesAbbreviationOpensTheSpeakerOfAnAttributionAfterTheWords() {
        assertThat(said("The dam will hold for another year, Sen. Maria Lopez (D-Ore.) told the local paper."))
                .containsExactly(new Said("The dam will hold for another year", "Sen. Maria Lopez", false));
    }

    @Test
    void aNounPhraseFollowsAccordingToWhateverTheTaggerMakesOfItsFirstWord() {
        assertThat(said("The host mocked his guests, according to show staff."))
                .extracting(Said::speaker).containsExactly("show staff");
    }

    @Test
    void anAcronymTheTaggerReadsAsAVerbIsPartOfTheSpeaker() {
        assertThat(said("The budget will pass easily, said one GOP source in the hall."))
                .extracting(Said::speaker).containsExactly("one GOP source");
    }

    @Test
    void aQuoteWithoutASpeakerThatOpensInsideAReportedStatementIsPartOfIt() {
        assertThat(said("He added that the town is more tired of the mayor than fond of his rival, which troubles him because, "
                + "\"People stay home when they are tired. They vote when they hope.\""))
                .extracting(Said::speaker).containsExactly("He");
    }

    @Test
    void sayingAgainBlamingAndExpressingAreCues() {
        assertThat(cues("Okafor reiterated that the dam would hold.\n\nLopez blamed the rebels for the attack.\n\n"
                + "The mayor expressed concern about the floods.\n\nHe bragged that the bridge was his.")).containsExactly(
                "reiterated", "blamed", "expressed", "bragged");
    }

    @Test
    void whatIsToComeAndWhatWasExpressedInAPlaceAreNoSpeech() {
        assertThat(said("Engineers expected to finish the bridge by May were delayed.")).isEmpty();
        assertThat(said("The views expressed in the letter belong to its signatories.")).isEmpty();
    }

    @Test
    void aLikenessAndAStormAreNoSpeech() {
        assertThat(said("The noise reminded her of the old market.")).isEmpty();
        assertThat(said("The storm slammed into the coast on Monday night.")).isEmpty();
    }

    @Test
    void takingASideIsACue() {
        assertThat(cues("Okafor defended the new levy.\n\nLopez supports the ban on night fishing.\n\n"
                + "The union opposed any cut in wages.")).containsExactly("defended", "supports", "opposed");
    }
}
