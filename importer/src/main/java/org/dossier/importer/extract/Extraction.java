package org.dossier.importer.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What the pipeline found in one article. Every span indexes the article text exactly as read
 * (UTF-16 code units, Java {@code String} indices), whatever the clean-up changed.
 * {@code establishedOrganisations} are the one-word organisations the article described as such,
 * which later articles may name bare (see {@code KnownOrganisations}).
 */
public record Extraction(String text, LocalDate published, List<Span> sentences, List<Actor> actors, List<Timex> timexes,
        List<Statement> statements, List<Meeting> meetings, List<Position> positions, List<Event> events,
        List<String> establishedOrganisations) {

    /** The sentence holding [start, end), as written; the span itself when it lies across sentences. */
    public String sentenceAround(int start, int end) {
        for (Span sentence : sentences) {
            if (sentence.start() <= start && end <= sentence.end()) {
                return text.substring(sentence.start(), sentence.end());
            }
        }
        return text.substring(start, end);
    }

    /** An actor of the article: name, kind, titles with their affiliations, and every mention. */
    public record Actor(String name, String kind, List<Title> titles, String affiliation, List<Span> mentions) {
    }

    public record Title(String title, String affiliation) {
    }

    /** A time expression: [start, end) of the text as read, its words, TIMEX3 type and value, and precision for dates. */
    public record Timex(int start, int end, String text, String type, String value, String precision) {
    }

    /** [start, end) of the text as read. */
    public record Span(int start, int end) {
    }

    /**
     * Talks, a meeting, a summit: format, place, day (TIMEX value and precision, or null), participants, what came of it (its
     * words and their span, or null) and the sentences about it.
     */
    public record Meeting(String format, String summary, String place, String date, String precision, List<String> participants,
            String outcome, Span outcomeSpan, List<Span> evidence) {
    }

    /** An actor's stance on an issue, with the span of the issue's words and of the sentence it was read from. */
    public record Position(String actor, String stance, String issue, Span issueSpan, Span evidence) {
    }

    /** Something that happened at a calendar time: its TIMEX value and precision, kind, actors, summary and sentence. */
    public record Event(String date, String precision, String kind, List<String> actors, String summary, Span evidence) {
    }

    /** Who said it, as the text names them at the cue. */
    public record Speaker(String name, Span mention) {
    }

    /**
     * Something said: its words, the span of what was said, the speaker (null when unknown), quoted or
     * reported, the cue verb, and when it was said (TIMEX value and precision), or null when the
     * attribution names no date.
     */
    public record Statement(String text, Span content, Speaker speaker, boolean direct, Span cue, When said) {
    }

    /** A date as a TIMEX value ("2016-10-14", "2016-W41") and its precision (day, week, month, year). */
    public record When(String value, String precision) {
    }
}
