package org.dossier.importer.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.core.actor.ActorKind;
import org.dossier.importer.actors.ActorFinder;
import org.dossier.importer.actors.ActorMentions;
import org.dossier.importer.actors.FoundActor;
import org.dossier.importer.actors.KnownOrganisations;
import org.dossier.importer.actors.NamedSpeakers;
import org.dossier.importer.events.EventFinder;
import org.dossier.importer.events.FoundEvent;
import org.dossier.importer.meetings.FoundMeeting;
import org.dossier.importer.meetings.MeetingFinder;
import org.dossier.importer.positions.FoundPosition;
import org.dossier.importer.positions.PositionFinder;
import org.dossier.importer.quotes.StatementCandidate;
import org.dossier.importer.quotes.StatementFinder;
import org.dossier.importer.quotes.WhenSaid;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.CleanText;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeExpressions;
import org.dossier.importer.time.TimeRecognizer;

/**
 * The extraction, stage by stage: clean the typography (keeping the way back to the original
 * characters); split sentences and tag tokens; find the time expressions and read them against the
 * publication date; find statements; find the actors and their mentions, with the speakers the
 * text names among them; name each statement's speaker; find meetings with place, day and participants; find positions (stance on an issue); find the
 * other dated events.
 *
 * <p>Thread-safe: stages hold no per-article state.
 */
public class ExtractionPipeline {

    private final TypographyCleaner cleaner = new TypographyCleaner();
    private final Linguistics linguistics = new Linguistics();
    private final TimeRecognizer times = new TimeRecognizer();
    private final ActorFinder actors = new ActorFinder();
    private final NamedSpeakers namedSpeakers = new NamedSpeakers();
    private final StatementFinder statements = new StatementFinder();
    private final MeetingFinder meetings = new MeetingFinder();
    private final PositionFinder positions = new PositionFinder();
    private final EventFinder events = new EventFinder();

    public Extraction extract(String text, LocalDate published) {
        return extract(text, published, KnownOrganisations.none());
    }

    /**
     * The extraction, where one-word organisations that earlier articles established are recognised
     * when named bare; those this article establishes are added to {@code known}, for the next.
     */
    public Extraction extract(String text, LocalDate published, KnownOrganisations known) {
        CleanText clean = cleaner.clean(text);
        AnalysedText analysed = linguistics.analyse(clean);
        List<TimeExpression> timeExpressions = times.find(clean.text(), published);
        List<Extraction.Timex> timexes = timeExpressions.stream().map(expression -> timex(clean, expression)).toList();
        List<StatementCandidate> candidates = statements.find(analysed);
        // Indexed for the stages after actor finding, which look them up per sentence.
        ActorMentions mentions = namedSpeakers.addTo(actors.find(analysed, known), analysed, candidates.stream()
                .filter(StatementCandidate::hasSpeaker).map(c -> new int[] {c.speakerStart(), c.speakerEnd()}).toList());
        List<FoundActor> found = mentions.actors();
        TimeExpressions dated = new TimeExpressions(timeExpressions);
        List<Extraction.Statement> said = candidates.stream()
                .map(candidate -> statement(clean, candidate, speakerName(clean, candidate, mentions), dated))
                .toList();
        List<Extraction.Span> sentences = analysed.sentences().stream().map(sentence -> span(clean, sentence.start(), sentence.end())).toList();
        List<FoundMeeting> meetingsFound = meetings.find(analysed, dated, mentions, published);
        List<Extraction.Meeting> met = meetingsFound.stream().map(meeting -> meeting(clean, meeting)).toList();
        List<Extraction.Position> stances = positions.find(analysed, mentions).stream().map(p -> position(clean, p)).toList();
        Set<Integer> meetingSentences = meetingsFound.stream().flatMap(m -> m.evidence().stream()).map(s -> s[0]).collect(Collectors.toSet());
        List<Extraction.Event> happened = events.find(analysed, dated, mentions).stream()
                // A meeting's sentences are already on the timeline as the meeting.
                .filter(e -> !meetingSentences.contains(e.sentenceStart()))
                .map(e -> event(clean, e))
                .toList();
        List<String> established = found.stream().filter(FoundActor::established).map(FoundActor::name).toList();
        established.forEach(known::learn);
        return new Extraction(text, published, sentences, found.stream().map(a -> actor(clean, a)).toList(), timexes, said, met, stances,
                happened, established);
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

    /**
     * The speaker as an actor's name: the person the speaker mention is a mention of; for "he" or
     * "she", the person mentioned last before the statement; else the mention's own words.
     */
    private static String speakerName(CleanText clean, StatementCandidate candidate, ActorMentions mentions) {
        if (!candidate.hasSpeaker()) {
            return null;
        }
        String words = clean.text().substring(candidate.speakerStart(), candidate.speakerEnd());
        if (PRONOUNS.contains(words.toLowerCase(Locale.ROOT))) {
            return mentions.lastPersonBefore(Math.min(candidate.speakerStart(), candidate.contentStart()))
                    .map(FoundActor::name).orElse(words);
        }
        return mentions.overlapping(candidate.speakerStart(), candidate.speakerEnd()).stream()
                .min(Comparator.comparing(a -> a.kind() == ActorKind.PERSON ? 0 : 1))
                .map(FoundActor::name)
                .orElse(words);
    }

    private static Extraction.Event event(CleanText clean, FoundEvent event) {
        return new Extraction.Event(event.date().timexValue(), event.date().precision().code(), event.kind().code(), event.actors(),
                event.summary(), span(clean, event.sentenceStart(), event.sentenceEnd()));
    }

    private static Extraction.Position position(CleanText clean, FoundPosition position) {
        Extraction.Span issue = span(clean, position.issueStart(), position.issueEnd());
        return new Extraction.Position(position.actor(), position.stance().code(), clean.original().substring(issue.start(), issue.end()),
                issue, span(clean, position.sentenceStart(), position.sentenceEnd()));
    }

    private static Extraction.Meeting meeting(CleanText clean, FoundMeeting meeting) {
        Extraction.Span outcome = meeting.outcome().map(o -> span(clean, o[0], o[1])).orElse(null);
        return new Extraction.Meeting(meeting.format().code(), meeting.summary(), meeting.place().orElse(null),
                meeting.date().map(d -> d.timexValue()).orElse(null), meeting.date().map(d -> d.precision().code()).orElse(null),
                meeting.participants(), outcome == null ? null : clean.original().substring(outcome.start(), outcome.end()), outcome,
                meeting.evidence().stream().map(e -> span(clean, e[0], e[1])).toList());
    }

    private static Extraction.Actor actor(CleanText clean, FoundActor actor) {
        return new Extraction.Actor(actor.name(), actor.kind().code(),
                actor.titles().stream().map(t -> new Extraction.Title(t.title(), t.affiliation())).toList(), actor.affiliation(),
                actor.mentions().stream().map(m -> span(clean, m[0], m[1])).toList());
    }

    private static Extraction.Statement statement(CleanText clean, StatementCandidate candidate, String speakerName, TimeExpressions dated) {
        Extraction.Span content = span(clean, candidate.contentStart(), candidate.contentEnd());
        Extraction.Speaker speaker = null;
        if (candidate.hasSpeaker()) {
            Extraction.Span mention = span(clean, candidate.speakerStart(), candidate.speakerEnd());
            speaker = new Extraction.Speaker(speakerName, mention);
        }
        Extraction.Span cue = candidate.cueStart() < 0 ? null : span(clean, candidate.cueStart(), candidate.cueEnd());
        Extraction.When said = WhenSaid.of(clean.text(), candidate, dated).flatMap(TimeExpression::date)
                .map(date -> new Extraction.When(date.timexValue(), date.precision().code())).orElse(null);
        return new Extraction.Statement(clean.original().substring(content.start(), content.end()), content, speaker,
                candidate.direct(), cue, said);
    }

    /** The original span, without white space at its ends (a cleaned " - " may stand for a run of spaces). */
    private static Extraction.Span span(CleanText clean, int start, int end) {
        int[] original = clean.originalSpan(start, end);
        int from = original[0];
        int to = original[1];
        while (from < to - 1 && Character.isWhitespace(clean.original().charAt(from))) {
            from++;
        }
        while (to > from + 1 && Character.isWhitespace(clean.original().charAt(to - 1))) {
            to--;
        }
        return new Extraction.Span(from, to);
    }

    private static Extraction.Timex timex(CleanText clean, TimeExpression expression) {
        int[] span = clean.originalSpan(expression.start(), expression.end());
        String precision = expression.date().map(d -> d.precision().code()).orElse(null);
        return new Extraction.Timex(span[0], span[1], clean.original().substring(span[0], span[1]), expression.type().name(),
                expression.value(), precision);
    }
}
