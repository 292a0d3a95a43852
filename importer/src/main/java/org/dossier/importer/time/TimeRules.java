package org.dossier.importer.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.time.FuzzyDate;

/**
 * The rules that recognise time expressions and give each its TIMEX3 type and value, read against
 * the publication date. Each rule is a pattern and a normaliser; {@link TimeRecognizer} runs them all
 * and keeps the longest of overlapping matches.
 *
 * <p>Month and weekday names must be capitalised ("May" the month, not "may" the verb); the other
 * words are matched in any case.
 */
final class TimeRules {

    /** What a rule made of a match: TIMEX3 type and value, and the calendar period when there is one. */
    record Resolution(TimexType type, String value, Optional<FuzzyDate> date) {

        static Optional<Resolution> date(FuzzyDate date) {
            return Optional.of(new Resolution(TimexType.DATE, date.timexValue(), Optional.of(date)));
        }

        static Optional<Resolution> of(TimexType type, String value) {
            return Optional.of(new Resolution(type, value, Optional.empty()));
        }
    }

    /** What a normaliser may consult: the publication day and the direction of the sentence. */
    record Context(String text, LocalDate published, Supplier<Direction> direction) {
    }

    interface Normaliser {
        Optional<Resolution> resolve(Matcher match, Context context);
    }

    /**
     * A rule's pattern is only tried near one of its trigger words, which every match holds at the
     * start of a word (no letter before it: "ago" in "Chicago" is none); see {@link TriggerWindows}.
     * A trigger in lower case is found in any case, one with a capital as written. No triggers
     * means everywhere.
     */
    record Rule(String name, Pattern pattern, Normaliser normaliser, List<String> triggers, Openings openings) {

        Rule(String name, Pattern pattern, Normaliser normaliser, List<String> triggers) {
            this(name, pattern, normaliser, triggers, new Openings(pattern));
        }
    }

    // Month and weekday names are matched capitalised only, so their triggers are too: "may" and "market" are no months.
    private static final List<String> MONTH_WORDS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final List<String> WEEKDAY_WORDS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> SPOKEN_TENS = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties");
    private static final List<String> UNIT_WORDS = List.of("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur", "quarter");

    // Finding a few words is far cheaper than running a pattern over the whole text; measured with bench extract.
    private static final Map<String, List<String>> TRIGGERS = Map.ofEntries(
            Map.entry("iso date", List.of("-0", "-1")), Map.entry("year", List.of("18", "19", "20")),
            Map.entry("numeric date", List.of("/")),
            Map.entry("month day year", MONTH_WORDS), Map.entry("day month year", MONTH_WORDS), Map.entry("month year", MONTH_WORDS),
            Map.entry("month", MONTH_WORDS), Map.entry("month spoken year", List.of("nineteen")), Map.entry("weekday and date", WEEKDAY_WORDS),
            Map.entry("decade", List.of("0s", "0's")),
            Map.entry("spoken decade", SPOKEN_TENS), Map.entry("ordinal century", List.of("century")),
            Map.entry("weekday", WEEKDAY_WORDS),
            Map.entry("deictic day", List.of("today", "yesterday", "tomorrow")),
            Map.entry("clock time on a day", List.of("a.m", "p.m", "am", "pm")), Map.entry("clock time", List.of("a.m", "p.m", "am", "pm")),
            Map.entry("universal time", List.of("GMT", "UTC")),
            Map.entry("holiday", List.of("christmas", "new year", "thanksgiving", "independence day", "labor day", "memorial day",
                    "veterans day", "halloween")),
            Map.entry("spoken year", List.of("nineteen", "two thousand")),
            Map.entry("tonight", List.of("tonight", "this morning", "this afternoon", "this evening", "this night", "last night")),
            Map.entry("present", List.of("now", "current", "at present", "at the moment", "these days", "present")),
            Map.entry("past", List.of("recent", "lately", "the past")),
            Map.entry("recent units", List.of("recent")),
            Map.entry("future", List.of("future", "in the coming")),
            Map.entry("relative period", List.of("this", "last", "next", "current", "past", "following")),
            // "that" is everywhere; the period word every match ends with is rarer.
            Map.entry("narrative period", List.of("day", "week", "month", "year")),
            Map.entry("ago", List.of("ago", "earlier", "before", "later", "from now", "hence")),
            Map.entry("duration", UNIT_WORDS), Map.entry("the last period", UNIT_WORDS),
            Map.entry("reported quarter", List.of("quarter", "period")),
            Map.entry("weekend", List.of("weekend")),
            Map.entry("end of period", List.of("end of", "beginning of", "start of", "middle of", "year-end", "year end", "year's end")),
            Map.entry("year ago", List.of("year-earlier", "year-ago")),
            Map.entry("bare duration", List.of("years", "months", "weeks", "days", "decades", "hours")),
            Map.entry("quarter", List.of("quarter")), Map.entry("half", List.of("half")),
            Map.entry("season", List.of("spring", "summer", "fall", "autumn", "winter")),
            Map.entry("noon", List.of("noon", "midday", "midnight")),
            Map.entry("set", List.of("every", "each", "per", "daily", "weekly")), Map.entry("times a", List.of("once", "twice", "times")));

    // Building blocks. Named groups are read by the normalisers.
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    // An abbreviation needs its full stop or a day after it: "Jan" alone is more often a name.
    private static final String MONTH_ABBREVIATIONS = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?=\\s+\\d))";
    private static final String MONTH = "(?<month>(?-i:" + MONTHS + "|" + MONTH_ABBREVIATIONS + "))";
    private static final String WEEKDAY = "(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";
    // "Updated 10:32 AM ET, Fri October 14, 2016": the web's time stamps abbreviate the day.
    private static final String WEEKDAY_ABBREVIATION = "(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
    private static final String DAY = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)";
    private static final String PART_OF_DAY = "(?<part>morning|afternoon|evening|night)";
    private static final String UNIT = "(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)";
    private static final String NUMBER = "(?<number>" + Numbers.NUMBER + ")";
    private static final String EDGE = "(?<time>(?:the )?(?:end|beginning|start|middle) of )?";

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3,
            "3rd", 3, "fourth", 4, "4th", 4);

    static final List<Rule> ALL = List.of(
            rule("iso date", "\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b", TimeRules::isoDate),
            rule("numeric date", "\\b(?<m>1[0-2]|0?[1-9])/(?<d>[12]\\d|3[01]|0?[1-9])/(?<y>\\d{4}|\\d{2})\\b", TimeRules::isoDate),
            rule("month day year", "\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?\\b(?!\\s*(?:%|percent))", TimeRules::dayOfMonth),
            rule("day month year", "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", TimeRules::dayOfMonth),
            rule("month year", "\\b(?:(?<mod>early|mid|late)[\\s-]+)?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b", TimeRules::month),
            rule("month", "\\b(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<rel>last|this|next|past|coming)\\s+)?" + MONTH
                    + "(?:\\s+(?<yearrel>last|this|next)\\s+year)?(?![\\w.]*\\s*\\d)\\b", TimeRules::month),
            rule("month spoken year", "\\b" + MONTH + ",?\\s+(?<spoken>nineteen[- ](?:" + Numbers.TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\\b",
                    (m, c) -> spokenYear(m, c).flatMap(r -> r.date()).flatMap(y -> Resolution.date(FuzzyDate.inMonth(YearMonth.of(y.start().getYear(), month(m.group("month"))))))),
            rule("year", "(?<![$£€\\d.,])\\b" + EDGE + "(?:(?:early|mid|late)[\\s-]+)?(?:fiscal\\s+(?:year\\s+)?)?" + YEAR + "(?!\\s*[-/]\\d)(?![\\d,.]\\d)\\b",
                    TimeRules::year),
            rule("decade", "\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?<decade>(?:1[89]|20)\\d0)'?s\\b", TimeRules::decade),
            // "in his forties" is an age: only "the nineties" names a decade.
            rule("spoken decade", "\\bthe\\s+(?:(?:early|mid|late)[\\s-]+)?(?<spoken>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b",
                    TimeRules::spokenDecade),
            // "the 20th century" is the 1900s: TimeML names a century by its first two digits ("19").
            rule("ordinal century", "\\b(?:the\\s+)?(?:(?<ordinal>\\d{1,2})(?:st|nd|rd|th)|(?<spelled>eighteenth|nineteenth|twentieth|twenty-first))"
                    + "[\\s-]+century\\b", TimeRules::ordinalCentury),
            // "Friday night" is taken whole but valued as the day: most annotators (and timelines) keep the day only.
            rule("weekday", "\\b(?:(?<rel>last|this|next|past|coming)\\s+)?" + WEEKDAY + "(?:\\s+" + PART_OF_DAY + ")?\\b", TimeRules::weekday),
            rule("weekday and date", "\\b" + WEEKDAY + ",?\\s+" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?\\b", TimeRules::dayOfMonth),
            rule("deictic day", "\\b(?<deixis>today|yesterday|tomorrow)\\b", TimeRules::deicticDay),
            rule("clock time on a day", "\\b(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)"
                    + "(?:\\s+(?-i:[A-Z]{1,4}T|GMT|UTC))?,?\\s+(?:(?<deixis>today|yesterday|tomorrow)|" + WEEKDAY + "|(?:" + WEEKDAY_ABBREVIATION
                    + ",?\\s+)?" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?)\\b", TimeRules::clockTime),
            rule("holiday", "\\b(?<holiday>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Thanksgiving(?: Day)?|Independence Day|Labor Day|Memorial Day|Veterans Day|Halloween)\\b",
                    TimeRules::holiday),
            rule("spoken year", "\\b(?:the year )?(?<spoken>nineteen[- ](?:" + Numbers.TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two thousand(?: and (?:one|two|three|four|five|six|seven|eight|nine|ten))?)\\b",
                    TimeRules::spokenYear),
            rule("tonight", "\\b(?:tonight|this\\s+" + PART_OF_DAY + "|last\\s+night)\\b", TimeRules::partOfToday),
            rule("present", "\\b(?:now|currently|current(?!\\s+account)|nowadays|at present|at the moment|these days|the present|present day)\\b",
                    (m, c) -> Resolution.of(TimexType.DATE, "PRESENT_REF")),
            rule("past", "\\b(?:recently|lately|the past|in recent times)\\b", (m, c) -> Resolution.of(TimexType.DATE, "PAST_REF")),
            // "in recent weeks": an unknown number of weeks up to now, as TimeML writes it (PXW).
            rule("recent units", "\\b(?:in\\s+)?recent\\s+(?<unit>days|weeks|months|years)\\b",
                    (m, c) -> Resolution.of(TimexType.DURATION, "PX" + unitLetter(m.group("unit")))),
            rule("future", "(?<=\\bthe )(?:near )?future\\b|\\bin the coming (?:days|weeks|months|years)\\b",
                    (m, c) -> Resolution.of(TimexType.DATE, "FUTURE_REF")),
            rule("relative period", "\\b" + EDGE + "(?:(?<when>earlier|later)\\s+)?(?<rel>this|last|next|the current|this past|the following)\\s+"
                    + "(?<period>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)\\b", TimeRules::relativePeriod),
            // "that year", "the same day", "the previous month": a period of the story being told. Valued from the
            // publication here; TimeRecognizer dates it from the last date the text named, when there is one.
            rule("narrative period", "\\b(?:(?<when>earlier|later)\\s+)?(?<rel>that same|that|the same|the previous|the preceding|the following)\\s+"
                    + "(?<period>day|week|month|year)\\b", TimeRules::relativePeriod),
            rule("ago", "\\b(?:(?:more than|less than|nearly|almost|about|around|some|over|at least|roughly|just over|just under)\\s+)?"
                    + NUMBER + "[\\s-]+" + UNIT + "(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|before|later|from now|hence)\\b", TimeRules::ago),
            rule("duration", "\\b(?:(?:the\\s+)?(?:past|last|next|previous|coming|first|final|following)\\s+)?"
                    + "(?:(?:more than|less than|nearly|almost|about|around|some|over|at least|up to|roughly|just over|just under)\\s+)?"
                    + NUMBER + "(?:\\s+or\\s+(?:so|more))?[\\s-]+" + UNIT + "(?<half>\\s+and\\s+a\\s+half)?(?:[\\s-]+long)?\\b(?![\\s-]+old\\b)",
                    TimeRules::duration),
            rule("the last period", "\\b(?:the\\s+)?(?:past|last|next|coming|previous|first|final)\\s+(?<unit>decade|century|year|month|week|day|hour)\\b",
                    (m, c) -> Resolution.of(TimexType.DURATION, oneUnit(group(m, "unit")))),
            rule("reported quarter", "\\bthe\\s+(?:latest|most recent|just-ended|year-earlier|year-ago|comparable|same)?\\s*(?:fiscal\\s+)?(?:quarter|period)\\b",
                    TimeRules::reportedQuarter),
            // From Monday to Thursday "the weekend" is the one just past; from Friday on, the one at hand.
            rule("weekend", "\\bthe weekend\\b", (m, c) -> relativeWeekend(c, c.published().getDayOfWeek().getValue() < 5 ? -1 : 0)),
            rule("end of period", "\\b(?:(?:the\\s+)?(?:end|beginning|start|middle) of the (?<period>year|month|week)|(?<yearend>year[- ]end|year's end))\\b",
                    TimeRules::endOfPeriod),
            rule("year ago", "\\b(?:a\\s+)?year-(?:earlier|ago)\\b", (m, c) -> Resolution.date(FuzzyDate.inYear(Year.from(c.published()).minusYears(1)))),
            rule("bare duration", "(?<=\\b(?:for|over|within|in|past)\\s)(?<unit>years|months|weeks|days|decades|hours)\\b",
                    (m, c) -> Resolution.of(TimexType.DURATION, "PX" + unitLetter(m.group("unit")))),
            rule("quarter", "\\b(?:(?<yrel>this|last|next) year's\\s+|the\\s+)?(?:(?<before>(?:1[89]|20)\\d\\d)\\s+)?(?:fiscal\\s+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+(?:of\\s+)?" + YEAR + ")?\\b",
                    TimeRules::quarter),
            rule("half", "\\b(?:the\\s+)?(?<ordinal>first|second)\\s+half(?:\\s+of\\s+" + YEAR + ")?\\b", TimeRules::half),
            rule("season", "\\b(?:(?:early|late|mid)[\\s-]+)?(?<season>spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?" + YEAR + "\\b",
                    TimeRules::season),
            rule("clock time", "\\b(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)", TimeRules::clockTime),
            // "at 18:00 UTC", "by 0718 GMT": agencies and wire copy give world time on a 24-hour clock.
            rule("universal time", "\\b(?:(?<hour>[01]?\\d|2[0-3]):|(?<hour4>[01]\\d|2[0-3]))(?<minute>[0-5]\\d)\\s*(?-i:GMT|UTC)\\b",
                    TimeRules::universalTime),
            rule("noon", "\\b(?<noon>noon|midday|midnight)(?:\\s+" + WEEKDAY + ")?\\b", TimeRules::noon),
            // "Quarterly" is left out: news uses it for reports more than for recurrences. "Daily" and "weekly" count in
            // lower case only: capitalised, they are papers ("Daily Mail", "the Weekly Standard").
            rule("set", "\\b(?:(?:every|each|per)\\s+(?<unit>day|week|month|year|quarter|hour)|(?<adverb>(?-i:daily|weekly)))\\b",
                    TimeRules::set),
            rule("times a", "\\b(?:once|twice|(?:three|four|five|\\d+)\\s+times)\\s+a\\s+(?<unit>day|week|month|year)\\b", TimeRules::set));

    private TimeRules() {
    }

    private static Rule rule(String name, String regex, Normaliser normaliser) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), normaliser, TRIGGERS.getOrDefault(name, List.of()));
    }

    private static Optional<Resolution> isoDate(Matcher m, Context c) {
        int year = Integer.parseInt(m.group("y"));
        if (m.group("y").length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            return Resolution.date(FuzzyDate.onDay(LocalDate.of(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")))));
        } catch (java.time.DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<Resolution> dayOfMonth(Matcher m, Context c) {
        Month month = month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (day > month.maxLength()) {
            return Optional.empty();
        }
        if (group(m, "year") != null) {
            return validDay(Integer.parseInt(group(m, "year")), month, day);
        }
        Direction direction = c.direction().get();
        LocalDate best = null;
        for (int year = c.published().getYear() - 1; year <= c.published().getYear() + 1; year++) {
            if (day <= month.length(Year.isLeap(year))) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || Nearness.closer(candidate.toEpochDay(), best.toEpochDay(), c.published().toEpochDay(), direction)) {
                    best = candidate;
                }
            }
        }
        return best == null ? Optional.empty() : Resolution.date(FuzzyDate.onDay(best));
    }

    private static Optional<Resolution> validDay(int year, Month month, int day) {
        return day <= month.length(Year.isLeap(year)) ? Resolution.date(FuzzyDate.onDay(LocalDate.of(year, month, day))) : Optional.empty();
    }

    private static Optional<Resolution> month(Matcher m, Context c) {
        Month month = month(m.group("month"));
        if (group(m, "year") != null) {
            return Resolution.date(FuzzyDate.inMonth(YearMonth.of(Integer.parseInt(group(m, "year")), month)));
        }
        YearMonth published = YearMonth.from(c.published());
        YearMonth sameYear = published.withMonth(month.getValue());
        String relation = lower(group(m, "rel"));
        String yearRelation = lower(group(m, "yearrel"));
        if (!yearRelation.isEmpty()) {
            return Resolution.date(FuzzyDate.inMonth(sameYear.plusYears(yearRelation.equals("last") ? -1 : yearRelation.equals("next") ? 1 : 0)));
        }
        if (relation.equals("last") || relation.equals("past")) {
            return Resolution.date(FuzzyDate.inMonth(sameYear.isBefore(published) ? sameYear : sameYear.minusYears(1)));
        }
        if (relation.equals("next") || relation.equals("coming")) {
            return Resolution.date(FuzzyDate.inMonth(sameYear.isAfter(published) ? sameYear : sameYear.plusYears(1)));
        }
        if (relation.equals("this")) {
            return Resolution.date(FuzzyDate.inMonth(sameYear));
        }
        // A month named alone is the nearest such month, leaning to the past as news does.
        YearMonth best = sameYear;
        for (YearMonth candidate : List.of(sameYear.minusYears(1), sameYear.plusYears(1))) {
            if (Nearness.closer(months(candidate), months(best), months(published), c.direction().get())) {
                best = candidate;
            }
        }
        return Resolution.date(FuzzyDate.inMonth(best));
    }

    private static long months(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue();
    }

    private static Optional<Resolution> year(Matcher m, Context c) {
        return Resolution.date(FuzzyDate.inYear(Year.of(Integer.parseInt(group(m, "year")))));
    }

    private static Optional<Resolution> decade(Matcher m, Context c) {
        return decadeFrom(Integer.parseInt(m.group("decade")));
    }

    private static Optional<Resolution> decadeFrom(int first) {
        FuzzyDate decade = FuzzyDate.around(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
        return Optional.of(new Resolution(TimexType.DATE, String.valueOf(first / 10), Optional.of(decade)));
    }

    /** "The nineties" is the last such decade that had begun by publication: the 1990s, or in 2016 the 1920s. */
    private static Optional<Resolution> spokenDecade(Matcher m, Context c) {
        int tens = SPOKEN_TENS.indexOf(lower(m.group("spoken"))) + 2;
        int first = c.published().getYear() / 100 * 100 + tens * 10;
        if (first > c.published().getYear()) {
            first -= 100;
        }
        return decadeFrom(first);
    }

    private static Optional<Resolution> weekday(Matcher m, Context c) {
        DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String relation = lower(group(m, "rel"));
        LocalDate published = c.published();
        // "Wednesday's ruling" names something already done, whatever verb comes before it.
        boolean possessive = c.text().startsWith("'s", m.end());
        LocalDate day = switch (relation) {
            case "last", "past" -> published.with(TemporalAdjusters.previous(weekday));
            case "next", "coming" -> published.with(TemporalAdjusters.next(weekday));
            default -> possessive ? published.with(TemporalAdjusters.previousOrSame(weekday))
                    : c.direction().get() == Direction.FUTURE ? published.with(TemporalAdjusters.nextOrSame(weekday))
                    // "Tuesday" written on a Monday is tomorrow: six days back a reporter writes "last Tuesday".
                    : published.plusDays(1).getDayOfWeek() == weekday ? published.plusDays(1)
                    : published.with(TemporalAdjusters.previousOrSame(weekday));
        };
        return Resolution.date(FuzzyDate.onDay(day));
    }

    private static Optional<Resolution> deicticDay(Matcher m, Context c) {
        LocalDate day = switch (lower(m.group("deixis"))) {
            case "yesterday" -> c.published().minusDays(1);
            case "tomorrow" -> c.published().plusDays(1);
            default -> c.published();
        };
        return Resolution.date(FuzzyDate.onDay(day));
    }

    private static Optional<Resolution> partOfToday(Matcher m, Context c) {
        String text = lower(m.group());
        if (text.startsWith("last")) {
            return partOfDay(c.published().minusDays(1), "night");
        }
        return partOfDay(c.published(), text.equals("tonight") ? "night" : group(m, "part"));
    }

    private static Optional<Resolution> partOfDay(LocalDate day, String part) {
        if (part == null) {
            return Resolution.date(FuzzyDate.onDay(day));
        }
        String code = switch (lower(part)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return Optional.of(new Resolution(TimexType.TIME, day + "T" + code, Optional.of(FuzzyDate.onDay(day))));
    }

    private static Optional<Resolution> relativePeriod(Matcher m, Context c) {
        String relation = lower(group(m, "rel"));
        int shift = switch (relation) {
            case "last", "this past", "the previous", "the preceding" -> -1;
            case "next", "the coming", "the following" -> 1;
            default -> 0;
        };
        LocalDate published = c.published();
        String period = lower(m.group("period"));
        return switch (period) {
            case "day" -> Resolution.date(FuzzyDate.onDay(published.plusDays(shift)));
            case "week" -> Resolution.date(FuzzyDate.inWeekOf(published.plusWeeks(shift)));
            case "weekend" -> {
                FuzzyDate week = FuzzyDate.inWeekOf(published.plusWeeks(shift));
                yield Optional.of(new Resolution(TimexType.DATE, week.timexValue() + "-WE",
                        Optional.of(FuzzyDate.days(week.end().minusDays(1), week.end()))));
            }
            case "month" -> Resolution.date(FuzzyDate.inMonth(YearMonth.from(published).plusMonths(shift)));
            case "year" -> Resolution.date(FuzzyDate.inYear(Year.from(published).plusYears(shift)));
            case "quarter" -> {
                LocalDate inQuarter = published.plusMonths(3L * shift);
                yield Resolution.date(FuzzyDate.inQuarter(inQuarter.getYear(), inQuarter.get(IsoFields.QUARTER_OF_YEAR)));
            }
            case "decade" -> Resolution.of(TimexType.DATE, String.valueOf(published.getYear() / 10 + shift));
            case "century" -> Resolution.of(TimexType.DATE, String.valueOf(published.getYear() / 100 + shift));
            default -> Resolution.of(TimexType.DATE, seasonYear(published, period, relation) + "-" + seasonCode(period));
        };
    }

    /** "last spring" in October is this year's spring; in March it is last year's. */
    private static int seasonYear(LocalDate published, String season, String relation) {
        int startMonth = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
        };
        int year = published.getYear();
        return switch (relation) {
            case "last", "this past" -> published.getMonthValue() > startMonth + 2 ? year : year - 1;
            case "next", "the following" -> published.getMonthValue() < startMonth ? year : year + 1;
            default -> year;
        };
    }

    private static Optional<Resolution> ago(Matcher m, Context c) {
        String direction = lower(m.group("dir"));
        // "three days later", "a few days before": counted from another event, not from the publication, so a length of time.
        if (direction.equals("later") || direction.equals("before")) {
            return duration(m, c);
        }
        Optional<BigDecimal> number = Numbers.value(m.group("number"));
        String unit = lower(m.group("unit"));
        if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
            return Resolution.of(TimexType.DATE, "PAST_REF");
        }
        long n = number.get().longValue();
        boolean forward = direction.matches("from now|hence");
        long amount = forward ? n : -n;
        LocalDate published = c.published();
        if (unit.startsWith("day")) {
            return Resolution.date(FuzzyDate.onDay(published.plusDays(amount)));
        }
        if (unit.startsWith("week")) {
            return Resolution.date(FuzzyDate.inWeekOf(published.plusWeeks(amount)));
        }
        if (unit.startsWith("month")) {
            return Resolution.date(FuzzyDate.inMonth(YearMonth.from(published).plusMonths(amount)));
        }
        if (unit.startsWith("year")) {
            return Resolution.date(FuzzyDate.inYear(Year.from(published).plusYears(amount)));
        }
        if (unit.startsWith("decade")) {
            return Resolution.of(TimexType.DATE, String.valueOf((published.getYear() + amount * 10) / 10));
        }
        return Resolution.of(TimexType.DATE, forward ? "FUTURE_REF" : "PAST_REF");
    }

    private static final Map<String, Integer> SPELLED_CENTURIES = Map.of("eighteenth", 18, "nineteenth", 19, "twentieth", 20,
            "twenty-first", 21);

    private static Optional<Resolution> ordinalCentury(Matcher m, Context c) {
        int ordinal = group(m, "ordinal") != null ? Integer.parseInt(m.group("ordinal")) : SPELLED_CENTURIES.get(lower(m.group("spelled")));
        if (ordinal < 1 || ordinal > 21) {
            return Optional.empty();
        }
        return Resolution.of(TimexType.DATE, String.format(Locale.ROOT, "%02d", ordinal - 1));
    }

    private static Optional<Resolution> duration(Matcher m, Context c) {
        String unit = lower(m.group("unit"));
        // "a second round", "a quarter of the city": not lengths of time.
        if (lower(m.group("number")).matches("an?") && (unit.equals("second") || unit.equals("quarter") || isRate(m, c))) {
            return Optional.empty();
        }
        if (unit.startsWith("quarter") && c.text().startsWith(" of", m.end())) {
            return Optional.empty();
        }
        // "a year and a half" is 1.5 years, as "1½ years" is.
        BigDecimal half = group(m, "half") == null ? BigDecimal.ZERO : new BigDecimal("0.5");
        Optional<BigDecimal> number = Numbers.value(m.group("number")).map(n -> n.add(half));
        boolean clock = unit.startsWith("second") || unit.startsWith("minute") || unit.startsWith("hour");
        // TimeML values count decades and centuries in years: "two decades" is P20Y.
        if (unit.startsWith("decade") || unit.startsWith("centur")) {
            int years = unit.startsWith("decade") ? 10 : 100;
            return Resolution.of(TimexType.DURATION, "P" + number
                    .map(n -> Numbers.plain(n.multiply(BigDecimal.valueOf(years)))).orElse("X") + "Y");
        }
        if (clock && number.isPresent() && !unit.startsWith("second")) {
            return Resolution.of(TimexType.DURATION, "PT" + clockAmount(number.get(), unitLetter(unit)));
        }
        String amount = number.map(Numbers::plain).orElse("X");
        String letter = unit.startsWith("quarter") ? "Q" : unitLetter(unit);
        return Resolution.of(TimexType.DURATION, (clock ? "PT" : "P") + amount + letter);
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * "5½ hours" is PT5H30M and "a minute and a half" PT1M30S: on a clock a fraction is told in the
     * next smaller unit, as TimeML writes it. Years and months keep their fraction ("5½ years" is
     * P5.5Y): they have no exact smaller unit.
     */
    private static String clockAmount(BigDecimal amount, String letter) {
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        BigDecimal smaller = amount.subtract(whole).multiply(SIXTY).stripTrailingZeros();
        if (smaller.signum() == 0 || smaller.scale() > 0) {
            return Numbers.plain(amount) + letter;
        }
        String smallerLetter = letter.equals("H") ? "M" : "S";
        return (whole.signum() == 0 ? "" : Numbers.plain(whole) + letter) + smaller.toPlainString() + smallerLetter;
    }

    /** "$5 million a year", "3 percent a month": an amount per period. */
    private static boolean isRate(Matcher m, Context c) {
        String before = c.text().substring(Math.max(0, m.start() - 25), m.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(\\d|percent|%|dollars|cents|million|billion|times|once|twice)\\s*$");
    }

    /** Earnings news reports a quarter after it ends: "the quarter" is the last one that ended. */
    private static Optional<Resolution> reportedQuarter(Matcher m, Context c) {
        boolean yearAgo = lower(m.group()).contains("year-");
        LocalDate inLastQuarter = c.published().minusMonths(yearAgo ? 15 : 3);
        return Resolution.date(FuzzyDate.inQuarter(inLastQuarter.getYear(), inLastQuarter.get(IsoFields.QUARTER_OF_YEAR)));
    }

    private static Optional<Resolution> endOfPeriod(Matcher m, Context c) {
        String period = group(m, "yearend") != null ? "year" : lower(group(m, "period"));
        return switch (period) {
            case "month" -> Resolution.date(FuzzyDate.inMonth(YearMonth.from(c.published())));
            case "week" -> Resolution.date(FuzzyDate.inWeekOf(c.published()));
            default -> Resolution.date(FuzzyDate.inYear(Year.from(c.published())));
        };
    }

    private static Optional<Resolution> relativeWeekend(Context c, int shift) {
        FuzzyDate week = FuzzyDate.inWeekOf(c.published().plusWeeks(shift));
        return Optional.of(new Resolution(TimexType.DATE, week.timexValue() + "-WE", Optional.of(FuzzyDate.days(week.end().minusDays(1), week.end()))));
    }

    private static Optional<Resolution> holiday(Matcher m, Context c) {
        LocalDate best = holiday(lower(m.group("holiday")), c.published().getYear());
        for (int shift : new int[] {-1, 1}) {
            LocalDate candidate = holiday(lower(m.group("holiday")), c.published().getYear() + shift);
            if (Nearness.closer(candidate.toEpochDay(), best.toEpochDay(), c.published().toEpochDay(), c.direction().get())) {
                best = candidate;
            }
        }
        return Resolution.date(FuzzyDate.onDay(best));
    }

    private static LocalDate holiday(String name, int year) {
        LocalDate day;
        if (name.startsWith("christmas eve")) {
            day = LocalDate.of(year, 12, 24);
        } else if (name.startsWith("christmas")) {
            day = LocalDate.of(year, 12, 25);
        } else if (name.startsWith("new year's eve")) {
            day = LocalDate.of(year, 12, 31);
        } else if (name.startsWith("new year")) {
            day = LocalDate.of(year, 1, 1);
        } else if (name.startsWith("thanksgiving")) {
            day = LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        } else if (name.startsWith("independence")) {
            day = LocalDate.of(year, 7, 4);
        } else if (name.startsWith("labor")) {
            day = LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        } else if (name.startsWith("memorial")) {
            day = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        } else if (name.startsWith("veterans")) {
            day = LocalDate.of(year, 11, 11);
        } else {
            day = LocalDate.of(year, 10, 31);
        }
        return day;
    }

    private static Optional<Resolution> spokenYear(Matcher m, Context c) {
        String spoken = lower(m.group("spoken"));
        if (spoken.startsWith("two thousand")) {
            int rest = spoken.contains(" and ") ? Numbers.value(spoken.substring(spoken.indexOf(" and ") + 5)).map(BigDecimal::intValue).orElse(0) : 0;
            return Resolution.date(FuzzyDate.inYear(Year.of(2000 + rest)));
        }
        return Numbers.value(spoken.substring("nineteen".length() + 1))
                .map(rest -> FuzzyDate.inYear(Year.of(1900 + rest.intValue())))
                .flatMap(Resolution::date);
    }

    private static Optional<Resolution> quarter(Matcher m, Context c) {
        int quarter = ORDINALS.get(lower(m.group("ordinal")));
        String year = group(m, "year") != null ? group(m, "year") : group(m, "before");
        if (year != null) {
            return Resolution.date(FuzzyDate.inQuarter(Integer.parseInt(year), quarter));
        }
        int published = c.published().getYear();
        String yearRelation = lower(group(m, "yrel"));
        if (!yearRelation.isEmpty()) {
            return Resolution.date(FuzzyDate.inQuarter(published + (yearRelation.equals("last") ? -1 : yearRelation.equals("next") ? 1 : 0), quarter));
        }
        // A quarter named without a year is reported on once it has begun: this year's, or last year's if still ahead.
        boolean ahead = quarter > c.published().get(IsoFields.QUARTER_OF_YEAR) && c.direction().get() == Direction.PAST;
        return Resolution.date(FuzzyDate.inQuarter(ahead ? published - 1 : published, quarter));
    }

    private static Optional<Resolution> half(Matcher m, Context c) {
        int half = ORDINALS.get(lower(m.group("ordinal")));
        int year = group(m, "year") != null ? Integer.parseInt(group(m, "year")) : c.published().getYear();
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return Optional.of(new Resolution(TimexType.DATE, year + "-H" + half,
                Optional.of(FuzzyDate.around(start, start.plusMonths(6).minusDays(1)))));
    }

    private static Optional<Resolution> season(Matcher m, Context c) {
        return Resolution.of(TimexType.DATE, group(m, "year") + "-" + seasonCode(lower(m.group("season"))));
    }

    private static Optional<Resolution> clockTime(Matcher m, Context c) {
        int hour = Integer.parseInt(m.group("hour")) % 12;
        if (lower(m.group("ampm")).startsWith("p")) {
            hour += 12;
        }
        String minute = group(m, "minute") == null ? "00" : group(m, "minute");
        LocalDate day = c.published();
        if (group(m, "deixis") != null) {
            day = deicticDay(m, c).flatMap(Resolution::date).map(FuzzyDate::start).orElse(day);
        } else if (group(m, "weekday") != null) {
            day = weekday(m, c).flatMap(Resolution::date).map(FuzzyDate::start).orElse(day);
        } else if (group(m, "month") != null) {
            day = dayOfMonth(m, c).flatMap(Resolution::date).map(FuzzyDate::start).orElse(day);
        }
        return Optional.of(new Resolution(TimexType.TIME, String.format(Locale.ROOT, "%sT%02d:%s", day, hour, minute),
                Optional.of(FuzzyDate.onDay(day))));
    }

    /** On the publication's day, as the other clock times without a day; "Z" is ISO 8601's mark for UTC. */
    private static Optional<Resolution> universalTime(Matcher m, Context c) {
        String hour = group(m, "hour") != null ? group(m, "hour") : group(m, "hour4");
        LocalDate day = c.published();
        return Optional.of(new Resolution(TimexType.TIME, String.format(Locale.ROOT, "%sT%02d:%sZ", day, Integer.parseInt(hour),
                m.group("minute")), Optional.of(FuzzyDate.onDay(day))));
    }

    private static Optional<Resolution> noon(Matcher m, Context c) {
        String time = lower(m.group("noon")).equals("midnight") ? "24:00" : "12:00";
        LocalDate day = group(m, "weekday") == null ? c.published()
                : weekday(m, c).flatMap(Resolution::date).map(FuzzyDate::start).orElse(c.published());
        return Optional.of(new Resolution(TimexType.TIME, day + "T" + time, Optional.of(FuzzyDate.onDay(day))));
    }

    private static Optional<Resolution> set(Matcher m, Context c) {
        String unit = group(m, "unit") != null ? lower(group(m, "unit")) : lower(group(m, "adverb")).equals("daily") ? "day" : "week";
        boolean clock = unit.startsWith("hour");
        return Resolution.of(TimexType.SET, (clock ? "PT1" : "P1") + (unit.startsWith("quarter") ? "Q" : unitLetter(unit)));
    }

    /** One of a unit as a TimeML duration; decades and centuries in years, as TimeML counts them. */
    private static String oneUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("decade")) {
            return "P10Y";
        }
        if (u.startsWith("centur")) {
            return "P100Y";
        }
        return (u.startsWith("hour") ? "PT1" : "P1") + unitLetter(u);
    }

    static String unitLetter(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("second")) {
            return "S";
        }
        if (u.startsWith("minute")) {
            return "M";
        }
        if (u.startsWith("hour")) {
            return "H";
        }
        if (u.startsWith("day")) {
            return "D";
        }
        if (u.startsWith("week")) {
            return "W";
        }
        if (u.startsWith("month")) {
            return "M";
        }
        if (u.startsWith("decade")) {
            return "DE";
        }
        if (u.startsWith("centur")) {
            return "CE";
        }
        return "Y";
    }

    private static String seasonCode(String season) {
        return switch (season) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    /** A named group's text, or null when the group did not take part or this rule has no such group. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
