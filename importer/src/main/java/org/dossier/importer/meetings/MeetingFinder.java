package org.dossier.importer.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.meeting.MeetingFormat;
import org.dossier.core.time.FuzzyDate;
import org.dossier.core.time.Precision;
import org.dossier.importer.actors.ActorMentions;
import org.dossier.importer.actors.FoundActor;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.text.Token;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeExpressions;

/**
 * Finds meetings: talks, meetings, summits, conferences. A sentence with a meeting word gives the
 * format; its place comes from "the Lausanne meeting" or "talks in London"; its date from a
 * day-precise time expression in the sentence, or, in the article's opening sentences, from the
 * publication date (the lead reports the day's news); its participants are the people, countries
 * and organisations named in the sentences that speak of it, including lists such as "X, Y and Z
 * were among the powers represented"; its outcome from the words of a sentence that tells it
 * ({@link MeetingOutcomes}). Sentences about the same place are one meeting.
 */
public class MeetingFinder {

    private static final Map<String, MeetingFormat> TRIGGERS = Map.ofEntries(
            Map.entry("talks", MeetingFormat.TALKS), Map.entry("negotiations", MeetingFormat.TALKS),
            Map.entry("meeting", MeetingFormat.MEETING), Map.entry("meetings", MeetingFormat.MEETING),
            Map.entry("met", MeetingFormat.MEETING), Map.entry("meet", MeetingFormat.MEETING),
            Map.entry("summit", MeetingFormat.SUMMIT), Map.entry("conference", MeetingFormat.CONFERENCE));
    private static final Set<String> PARTICIPATION = Set.of("represented", "attended", "participated", "joined");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to");
    // "talks on Syria", "fighting in Aleppo": what a meeting is about is not who sat at it.
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("in", "on", "for", "about", "over", "against", "into");
    private static final Set<String> NEWS_ORGANISATIONS = Set.of("CNN", "BBC", "Reuters", "Associated Press", "Agence France-Presse",
            "Al Jazeera", "TASS", "Interfax");
    private static final int LEAD_SENTENCES = 2;

    public List<FoundMeeting> find(AnalysedText text, TimeExpressions dated, ActorMentions mentions, java.time.LocalDate published) {
        List<FoundMeeting.Builder> meetings = new ArrayList<>();
        FoundMeeting.Builder last = null;
        for (Sentence sentence : text.sentences()) {
            int meetingWord = meetingWordIn(sentence);
            if (meetingWord < 0) {
                if (last != null && mentionsParticipation(sentence)) {
                    last.participants(participantsIn(sentence, mentions, "", text.text())).evidence(sentence.start(), sentence.end());
                }
                continue;
            }
            Optional<String> place = place(sentence, mentions);
            List<String> named = participantsIn(sentence, mentions, place.orElse(""), text.text());
            Optional<FuzzyDate> date = day(sentence, dated)
                    .or(() -> sentence.index() < LEAD_SENTENCES ? Optional.of(FuzzyDate.onDay(published)) : Optional.empty());
            MeetingFormat format = TRIGGERS.get(sentence.tokens().get(meetingWord).lowerCase());
            FoundMeeting.Builder meeting = sameMeeting(meetings, place, date).orElseGet(() -> {
                FoundMeeting.Builder created = new FoundMeeting.Builder(format);
                meetings.add(created);
                return created;
            });
            place.ifPresent(meeting::place);
            date.ifPresent(meeting::date);
            meeting.participants(named).evidence(sentence.start(), sentence.end());
            MeetingOutcomes.in(sentence, meetingWord, dated).ifPresent(meeting::outcome);
            last = meeting;
        }
        meetings.forEach(meeting -> meeting.lendOutcome(meetings));
        return meetings.stream().filter(FoundMeeting.Builder::isSpecific).map(FoundMeeting.Builder::build).toList();
    }

    /** The index of the sentence's first meeting word, or -1. */
    private static int meetingWordIn(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (isMeetingWord(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "talks", "met", "summit", used as a noun or verb. */
    static boolean isMeetingWord(Token token) {
        return TRIGGERS.containsKey(token.lowerCase()) && (token.is("NOUN") || token.is("VERB") || token.is("PROPN"));
    }

    private static boolean mentionsParticipation(Sentence sentence) {
        String words = sentence.text().toLowerCase(Locale.ROOT);
        return PARTICIPATION.stream().anyMatch(words::contains) || words.contains("took part");
    }

    /** "the Lausanne meeting" or "talks in Geneva": a capitalised place that is not a country or person. */
    private static Optional<String> place(Sentence sentence, ActorMentions mentions) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean beforeTrigger = TRIGGERS.containsKey(tokens.get(i + 1).lowerCase()) && token.is("PROPN");
            boolean afterPreposition = PLACE_PREPOSITIONS.contains(token.lowerCase()) && tokens.get(i + 1).isCapitalised();
            Token candidate = afterPreposition ? tokens.get(i + 1) : token;
            if ((beforeTrigger || afterPreposition) && isPlace(candidate, mentions)) {
                return Optional.of(candidate.text());
            }
        }
        return Optional.empty();
    }

    private static boolean isPlace(Token token, ActorMentions mentions) {
        if (!token.isCapitalised() || !Character.isLetter(token.text().charAt(0))) {
            return false;
        }
        // A capital named as a place ("talks in London") is a place here, even if elsewhere it stands for a government.
        return mentions.covering(token.start(), token.end()).stream().allMatch(a -> a.kind() == ActorKind.COUNTRY)
                && mentions.actors().stream().noneMatch(a -> a.kind() == ActorKind.COUNTRY && a.name().equals(token.text()));
    }

    private static Optional<FuzzyDate> day(Sentence sentence, TimeExpressions times) {
        return times.within(sentence.start(), sentence.end()).stream()
                .map(TimeExpression::date).flatMap(Optional::stream)
                .filter(d -> d.precision() == Precision.DAY)
                .findFirst();
    }

    /** The actors named in the sentence as parties: not the reporters, nor what the talks were about. */
    private static List<String> participantsIn(Sentence sentence, ActorMentions mentions, String place, String text) {
        Set<String> names = new LinkedHashSet<>();
        for (ActorMentions.Mention mention : mentions.within(sentence.start(), sentence.end())) {
            // "talks in London": the place, not the British government, even though London may stand for it elsewhere.
            if (!isPress(mention.actor()) && !isTopic(sentence, mention.start())
                    && !text.substring(mention.start(), mention.end()).equals(place)) {
                names.add(mention.actor().name());
            }
        }
        return List.copyOf(names);
    }

    private static boolean isPress(FoundActor actor) {
        return NEWS_ORGANISATIONS.contains(actor.name())
                || actor.titles().stream().anyMatch(t -> t.title().contains("correspondent") || t.title().contains("reporter"));
    }

    private static boolean isTopic(Sentence sentence, int mentionStart) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == mentionStart) {
                return TOPIC_PREPOSITIONS.contains(tokens.get(i - 1).lowerCase());
            }
        }
        return false;
    }

    /** A meeting already found at the same place (and, when both are dated, the same day). */
    private static Optional<FoundMeeting.Builder> sameMeeting(List<FoundMeeting.Builder> meetings, Optional<String> place, Optional<FuzzyDate> date) {
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return meetings.stream()
                .filter(m -> m.place().equals(place))
                .filter(m -> m.date().isEmpty() || date.isEmpty() || m.date().equals(date))
                .findFirst();
    }
}
