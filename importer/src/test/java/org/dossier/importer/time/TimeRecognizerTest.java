package org.dossier.importer.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dossier.core.time.Precision;
import org.junit.jupiter.api.Test;

/** Published on Saturday 15 October 2016 unless a test says otherwise. */
class TimeRecognizerTest {

    private static final LocalDate SATURDAY = LocalDate.of(2016, 10, 15);
    private final TimeRecognizer recognizer = new TimeRecognizer();

    private TimeExpression only(String sentence) {
        return only(sentence, SATURDAY);
    }

    private TimeExpression only(String sentence, LocalDate published) {
        List<TimeExpression> found = recognizer.find(sentence, published);
        assertThat(found).as("time expressions in: " + sentence).hasSize(1);
        return found.get(0);
    }

    @Test
    void aWeekdayToldInThePastIsTheOneBefore() {
        TimeExpression friday = only("The minister told reporters Friday that the talks had failed.");

        assertThat(friday.text()).isEqualTo("Friday");
        assertThat(friday.value()).isEqualTo("2016-10-14");
        assertThat(friday.date()).get().extracting(d -> d.precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void aWebPagesTimeStampIsOneTimeOnItsOwnDay() {
        TimeExpression stamp = only("Updated 9:05 PM ET, Tue March 3, 2015");

        assertThat(stamp.text()).isEqualTo("9:05 PM ET, Tue March 3, 2015");
        assertThat(stamp.value()).isEqualTo("2015-03-03T21:05");
    }

    @Test
    void dailyInLowerCaseIsASetAndCapitalisedItIsAPapersName() {
        assertThat(only("The convoys cross the border daily.").value()).isEqualTo("P1D");
        assertThat(recognizer.find("The Kolo Daily and the Weekly Ledger printed the letter.", SATURDAY)).isEmpty();
    }

    @Test
    void aWeekdayAfterAFutureMarkerIsTheOneAhead() {
        assertThat(only("The envoy will travel to Paris on Sunday.").value()).isEqualTo("2016-10-16");
    }

    @Test
    void anExpressionFarIntoALongTextIsFoundWhole() {
        String text = "The delegations talked about the agenda. ".repeat(200) + "The envoy said the talks began two weeks ago.";

        TimeExpression ago = only(text);

        assertThat(ago.text()).isEqualTo("two weeks ago");
        assertThat(ago.value()).isEqualTo("2016-W39");
    }

    @Test
    void aBareWeekdayThatIsTheDayAfterPublicationIsTomorrow() {
        assertThat(only("The council votes on the resolution Sunday.").value()).isEqualTo("2016-10-16");
    }

    @Test
    void aPossessiveWeekdayIsAlwaysPast() {
        assertThat(only("Sunday's vote was close.").value()).isEqualTo("2016-10-09");
    }

    @Test
    void aLengthCountedFromANamedDayDatesTheDayItReaches() {
        List<TimeExpression> found = recognizer.find("The talks opened on Oct. 3. Six days later, they collapsed.", SATURDAY);

        TimeExpression later = found.get(1);
        assertThat(later.value()).isEqualTo("P6D");
        assertThat(later.date()).get().extracting(d -> d.start()).isEqualTo(LocalDate.of(2016, 10, 9));
    }

    @Test
    void aPeriodOfTheStoryIsDatedFromTheDateNamedBeforeIt() {
        List<TimeExpression> found = recognizer.find("The uprising began in 2011. Later that year, the envoy resigned.", SATURDAY);

        assertThat(found).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("2011", "2011"), tuple("Later that year", "2011"));
    }

    @Test
    void theFollowingDayIsTheDayAfterTheOneNamed() {
        List<TimeExpression> found = recognizer.find("The talks opened on Oct. 3. The following day, the envoy resigned.", SATURDAY);

        assertThat(found.get(1).value()).isEqualTo("2016-10-04");
    }

    @Test
    void theSameWeekdayAsThePublicationIsThatDay() {
        assertThat(only("Ministers met on Saturday.").value()).isEqualTo("2016-10-15");
    }

    @Test
    void lastAndNextWeekdaysSkipTheCurrentDay() {
        assertThat(only("They met last Saturday.").value()).isEqualTo("2016-10-08");
        assertThat(only("They meet next Saturday.").value()).isEqualTo("2016-10-22");
    }

    @Test
    void aWorldTimeOnA24HourClockIsATimeOfThePublicationDay() {
        TimeExpression colon = only("The convoy crossed the border at 18:05 GMT.");
        assertThat(colon.type()).isEqualTo(TimexType.TIME);
        assertThat(colon.value()).isEqualTo("2016-10-15T18:05Z");
        assertThat(only("Trading resumed by 0715 UTC.").value()).isEqualTo("2016-10-15T07:15Z");
    }

    @Test
    void fourDigitsBeforeAWorldTimeAreAClockNotAYear() {
        assertThat(only("The launch is set for 1801 GMT.").text()).isEqualTo("1801 GMT");
    }

    @Test
    void thisMonthKeepsMonthPrecision() {
        TimeExpression month = only("The ceasefire collapsed this month.");

        assertThat(month.value()).isEqualTo("2016-10");
        assertThat(month.date()).get().extracting(d -> d.precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void aFractionalDurationIsNormalised() {
        TimeExpression war = only("a conflict of 5½ years");

        assertThat(war.type()).isEqualTo(TimexType.DURATION);
        assertThat(war.value()).isEqualTo("P5.5Y");
    }

    @Test
    void durationsInWordsAreNormalised() {
        assertThat(only("The siege lasted two and a half weeks.").value()).isEqualTo("P2.5W");
        assertThat(only("for the past couple of weeks").value()).isEqualTo("P2W");
    }

    @Test
    void vagueDurationsUseX() {
        assertThat(only("the talks went on for several months").value()).isEqualTo("PXM");
    }

    @Test
    void decadesAndCenturiesAreCountedInYears() {
        assertThat(only("The dispute has lasted two decades.").value()).isEqualTo("P20Y");
        assertThat(only("over the past decade").value()).isEqualTo("P10Y");
    }

    @Test
    void agoCountsBackFromPublication() {
        assertThat(only("The plan was agreed two years ago.").value()).isEqualTo("2014");
        assertThat(only("It was signed three days ago.").value()).isEqualTo("2016-10-12");
    }

    @Test
    void explicitDatesInEveryCommonForm() {
        assertThat(only("on Oct. 20, 2016").value()).isEqualTo("2016-10-20");
        assertThat(only("on 15 October 2016").value()).isEqualTo("2016-10-15");
        assertThat(only("dated 2016-10-15").value()).isEqualTo("2016-10-15");
        assertThat(only("in the 1990s").value()).isEqualTo("199");
    }

    @Test
    void aDayWithoutAYearIsTheNearestOne() {
        assertThat(only("The vote is on Oct. 20.").value()).isEqualTo("2016-10-20");
        assertThat(only("The truce began on Sept. 12.").value()).isEqualTo("2016-09-12");
        assertThat(only("Talks were held on Dec. 28.", LocalDate.of(2017, 1, 3)).value()).isEqualTo("2016-12-28");
    }

    @Test
    void relativeReferencesToThePresentAndPast() {
        assertThat(only("The city is now under siege.").value()).isEqualTo("PRESENT_REF");
        assertThat(only("Prices were low by current standards.").value()).isEqualTo("PRESENT_REF");
    }

    @Test
    void recentWeeksAreAnUnknownNumberOfWeeks() {
        assertThat(only("Fighting has intensified in recent weeks.").value()).isEqualTo("PXW");
    }

    @Test
    void aSpokenDecadeIsTheLastOneBegunByPublication() {
        assertThat(only("Aid fell through the nineties.").value()).isEqualTo("199");
        assertThat(only("The border was drawn in the twenties.").value()).isEqualTo("192");
        assertThat(recognizer.find("The minister, in his forties, resigned.", SATURDAY)).isEmpty();
    }

    @Test
    void andAHalfAddsHalfAUnit() {
        assertThat(only("The siege lasted a year and a half.").value()).isEqualTo("P1.5Y");
        assertThat(only("The war has gone on for a decade and a half.").value()).isEqualTo("P15Y");
    }

    @Test
    void aLengthCountedFromAnotherEventIsADurationNotADate() {
        assertThat(only("The envoy left, and three days later the truce collapsed.").value()).isEqualTo("P3D");
        assertThat(only("Two days ago the truce collapsed.").value()).isEqualTo("2016-10-13");
    }

    @Test
    void aPartOfTheDayIsTakenWithItsDay() {
        TimeExpression friday = only("The convoy was hit on Friday night.");
        assertThat(friday.text()).isEqualTo("Friday night");
        assertThat(friday.value()).isEqualTo("2016-10-14");
    }

    @Test
    void earlierThisYearIsThisYear() {
        assertThat(only("Talks collapsed earlier this year.").value()).isEqualTo("2016");
    }

    @Test
    void agesAreNotDurations() {
        assertThat(recognizer.find("a 6-year-old girl and her 44 years old mother", SATURDAY)).isEmpty();
    }

    @Test
    void aMonthIsNotTheModalVerb() {
        assertThat(recognizer.find("The talks may resume.", SATURDAY)).isEmpty();
    }

    @Test
    void aQuarterOfACityIsNotADuration() {
        assertThat(recognizer.find("a quarter of the city", SATURDAY)).isEmpty();
    }

    @Test
    void theLongestOverlappingReadingWins() {
        assertThat(only("Ministers met on Friday, Oct. 14, in Lausanne.").text()).isEqualTo("Friday, Oct. 14");
    }

    @Test
    void aFractionOfAnHourOrMinuteIsToldInTheSmallerUnit() {
        assertThat(only("The hearing lasted 3½ hours.").value()).isEqualTo("PT3H30M");
        assertThat(only("The vote took a minute and a half.").value()).isEqualTo("PT1M30S");
        assertThat(only("The siege lasted 5½ years.").value()).isEqualTo("P5.5Y");
    }

    @Test
    void anOrdinalCenturyIsNamedByItsFirstTwoDigits() {
        assertThat(only("The bridge dates from the 19th century.").value()).isEqualTo("18");
        assertThat(only("a twentieth-century treaty").value()).isEqualTo("19");
    }

    @Test
    void aQuoteMarkEndsTheClauseThatGivesADayItsDirection() {
        assertThat(only("\u201CWe will go to London,\u201D the envoy said on Friday.").value()).isEqualTo("2016-10-14");
    }
}
