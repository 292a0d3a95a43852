package org.dossier.importer.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.event.EventKind;
import org.dossier.core.time.FuzzyDate;
import org.dossier.core.time.Precision;
import org.dossier.importer.actors.ActorMentions;
import org.dossier.importer.actors.FoundActor;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeExpressions;

/**
 * Finds dated events: a sentence that reports something happening at a calendar time (a day, week or
 * month it names) and names at least one actor becomes an event — its date at that precision, a kind
 * read from its words, its actors, the sentence as summary and evidence. Sentences that are only
 * someone's words about the future are left to statements.
 */
public class EventFinder {

    private static final int LONGEST_SUMMARY = 160;
    private static final Set<Precision> CALENDAR = Set.of(Precision.DAY, Precision.WEEK, Precision.MONTH);

    // Checked in order: the first kind with a cue in the sentence wins.
    private static final Map<EventKind, List<String>> CUES = kinds();

    public List<FoundEvent> find(AnalysedText text, TimeExpressions dated, ActorMentions mentions) {
        List<FoundEvent> events = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            Optional<TimeExpression> when = dated.within(sentence.start(), sentence.end()).stream()
                    .filter(t -> t.date().map(d -> CALENDAR.contains(d.precision())).orElse(false))
                    .findFirst();
            if (when.isEmpty() || looksAhead(sentence)) {
                continue;
            }
            List<String> named = mentions.actorsWithin(sentence.start(), sentence.end()).stream().map(FoundActor::name).toList();
            if (named.isEmpty()) {
                continue;
            }
            FuzzyDate date = when.get().date().orElseThrow();
            events.add(new FoundEvent(kind(sentence), summary(sentence), date, named, sentence.start(), sentence.end()));
        }
        return List.copyOf(events);
    }

    /** "will meet on Sunday": a plan, not something that happened; the date lies after the publication. */
    private static boolean looksAhead(Sentence sentence) {
        String words = " " + sentence.text().toLowerCase(Locale.ROOT) + " ";
        return words.contains(" will ") || words.contains(" would ") || words.contains("'ll ");
    }

    private static EventKind kind(Sentence sentence) {
        String words = " " + sentence.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ") + " ";
        for (Map.Entry<EventKind, List<String>> kind : CUES.entrySet()) {
            if (kind.getValue().stream().anyMatch(cue -> words.contains(" " + cue))) {
                return kind.getKey();
            }
        }
        return EventKind.OTHER;
    }

    private static String summary(Sentence sentence) {
        String text = sentence.text().strip().replaceAll("\\s+", " ");
        if (text.length() <= LONGEST_SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LONGEST_SUMMARY - 1);
        return text.substring(0, cut > 0 ? cut : LONGEST_SUMMARY - 1) + "…";
    }

    private static Map<EventKind, List<String>> kinds() {
        // The more specific kinds first: a veto "demanding an end to air strikes" is a diplomatic step, not a strike.
        Map<EventKind, List<String>> cues = new java.util.LinkedHashMap<>();
        cues.put(EventKind.HUMANITARIAN, List.of("aid", "convoy", "humanitarian", "refugee", "evacuat", "relief"));
        cues.put(EventKind.DIPLOMATIC_STEP, List.of("veto", "resolution", "sanction", "suspend", "ambassador", "recogni", "expel",
                "called off", "broke off"));
        cues.put(EventKind.MEETING, List.of("talks", "meeting", "met ", "summit", "conference", "negotiat"));
        cues.put(EventKind.AGREEMENT, List.of("agreed", "agreement", "deal", "truce", "ceasefire", "cessation", "accord", "signed"));
        cues.put(EventKind.ACCUSATION, List.of("accus", "blame", "responsible for", "war crime"));
        cues.put(EventKind.MILITARY_ACTION, List.of("strike", "airstrike", "bomb", "shell", "attack", "offensive", "killed", "troops",
                "fighting", "clashes", "siege", "assault", "raid", "missile"));
        cues.put(EventKind.ELECTION, List.of("election", "vote", "ballot", "referendum"));
        cues.put(EventKind.STATEMENT, List.of("said", "says", "told", "announced", "stated", "declared"));
        return cues;
    }
}
