package org.dossier.importer.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.meeting.MeetingFormat;
import org.dossier.core.time.FuzzyDate;

/**
 * A meeting of one article: its format, place and day when the text gives them, who took part (actor
 * names), what came of it when the text says (a cleaned-text span), and the sentences (cleaned-text
 * spans) that speak of it.
 */
public record FoundMeeting(MeetingFormat format, Optional<String> place, Optional<FuzzyDate> date, List<String> participants,
        Optional<int[]> outcome, List<int[]> evidence) {

    /** "Talks in Lausanne" */
    public String summary() {
        String kind = switch (format) {
            case TALKS -> "Talks";
            case SUMMIT -> "Summit";
            case CONFERENCE -> "Conference";
            case CALL -> "Call";
            case MEETING -> "Meeting";
        };
        return place.map(p -> kind + " in " + p).orElse(kind);
    }

    static final class Builder {
        private final MeetingFormat format;
        private Optional<String> place = Optional.empty();
        private Optional<FuzzyDate> date = Optional.empty();
        private final Set<String> participants = new LinkedHashSet<>();
        private Optional<int[]> outcome = Optional.empty();
        private final List<int[]> evidence = new ArrayList<>();

        Builder(MeetingFormat format) {
            this.format = format;
        }

        Optional<String> place() {
            return place;
        }

        Optional<FuzzyDate> date() {
            return date;
        }

        void place(String value) {
            place = Optional.of(value);
        }

        void date(FuzzyDate value) {
            if (date.isEmpty()) {
                date = Optional.of(value);
            }
        }

        Builder participants(List<String> names) {
            participants.addAll(names);
            return this;
        }

        /** The first outcome the article states is kept. */
        Builder outcome(int[] span) {
            if (outcome.isEmpty()) {
                outcome = Optional.of(span);
            }
            return this;
        }

        /**
         * "Talks in Switzerland ended without a deal", then "the Lausanne meeting …": an outcome told of a
         * meeting with no place goes to the one meeting with a place on its day, with its sentences.
         */
        void lendOutcome(List<Builder> meetings) {
            if (outcome.isEmpty() || place.isPresent() || date.isEmpty()) {
                return;
            }
            List<Builder> sameDay = meetings.stream().filter(m -> m.place.isPresent() && m.date.equals(date)).toList();
            if (sameDay.size() == 1 && sameDay.get(0).outcome.isEmpty()) {
                Builder meeting = sameDay.get(0);
                meeting.outcome = outcome;
                meeting.evidence.addAll(evidence);
                meeting.evidence.sort(Comparator.comparingInt(sentence -> sentence[0]));
            }
        }

        Builder evidence(int start, int end) {
            evidence.add(new int[] {start, end});
            return this;
        }

        /** Only a meeting with a place, a day and at least two parties is a fact worth proposing for the timeline. */
        boolean isSpecific() {
            return place.isPresent() && date.isPresent() && participants.size() >= 2;
        }

        FoundMeeting build() {
            return new FoundMeeting(format, place, date, List.copyOf(participants), outcome, List.copyOf(evidence));
        }
    }
}
