package org.dossier.importer.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorDirectory;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.actor.EstablishedOrganisations;
import org.dossier.core.actor.KnownActors;
import org.dossier.core.database.CodedEnum;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.event.ParticipantRole;
import org.dossier.core.evidence.EvidenceLedger;
import org.dossier.core.evidence.NewSourceEvidence;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.meeting.MeetingFormat;
import org.dossier.core.place.Place;
import org.dossier.core.time.FuzzyDate;
import org.dossier.core.evidence.Span;
import org.dossier.core.source.Source;
import org.dossier.core.statement.IssueKey;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Stance;
import org.dossier.core.statement.Statement;
import org.dossier.importer.extract.Extraction;

/**
 * Records what the extraction found in a newly stored source as <em>proposed</em> facts, each with
 * its evidence (the source, the exact span, the sentence). Actors are found again across articles by
 * their aliases, so a person named in many articles is one record with evidence from all of them.
 *
 * <p>Runs inside the article's transaction. It only ever adds: facts an editor has reviewed are never
 * changed, and a source already stored is never extracted again.
 */
@ApplicationScoped
public class ExtractedFacts {

    private final ActorDirectory directory;
    private final EvidenceLedger evidence;

    ExtractedFacts(ActorDirectory directory, EvidenceLedger evidence) {
        this.directory = directory;
        this.evidence = evidence;
    }

    /** Adds the facts and their evidence; leaves the session flushed (see {@link NewSourceEvidence#recordAll}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Source source, Extraction extraction) {
        NewSourceEvidence proof = evidence.forNewSource(source);
        KnownActors known = directory.knownBy(namesIn(extraction));
        List<Event> reported = eventsOnTheDaysOf(extraction, known);
        Map<String, Actor> actors = new HashMap<>();
        for (Extraction.Actor found : extraction.actors()) {
            actors.put(found.name(), actor(proof, extraction, found, known));
        }
        for (Extraction.Actor found : extraction.actors()) {
            roles(proof, extraction, found, actors);
        }
        for (Extraction.Statement said : extraction.statements()) {
            statement(proof, extraction, said, actors, known);
        }
        Map<String, Place> places = new HashMap<>();
        for (Extraction.Meeting met : extraction.meetings()) {
            meeting(source, proof, extraction, met, actors, places);
        }
        Map<Actor, List<Position>> held = new HashMap<>();
        for (Extraction.Position stance : extraction.positions()) {
            position(proof, extraction, stance, actors, held);
        }
        for (Extraction.Event happened : extraction.events()) {
            event(source, proof, extraction, happened, actors, reported);
        }
        proof.recordAll();
        EstablishedOrganisations.record(source, extraction.establishedOrganisations());
    }

    /** The names the article's actors and speakers go by: looked up together, before anything is added. */
    private static List<String> namesIn(Extraction extraction) {
        List<String> names = new ArrayList<>();
        extraction.actors().forEach(actor -> names.add(actor.name()));
        extraction.statements().stream().filter(said -> said.speaker() != null).forEach(said -> names.add(said.speaker().name()));
        return names;
    }

    /**
     * The events already stored of the kinds and on the days of the article's events that an actor it
     * names took part in: the only ones {@link #sameEvent} can match, since an actor new with this
     * article has no events yet. Looked up in one query before anything is added (their participants
     * follow in batches). Other events of those days are left unloaded: loaded, each was an entity
     * for the article's flush to go through, with its participants.
     */
    private static List<Event> eventsOnTheDaysOf(Extraction extraction, KnownActors known) {
        LocalDate[] days = extraction.events().stream().map(e -> FuzzyDate.ofTimexValue(e.date()).start()).distinct()
                .toArray(LocalDate[]::new);
        String[] kinds = extraction.events().stream().map(Extraction.Event::kind).distinct().toArray(String[]::new);
        Long[] actorIds = known.ids();
        if (days.length == 0 || actorIds.length == 0) {
            return new ArrayList<>();
        }
        // "= any" and not HQL's array_contains, which PostgreSQL answers by reading every event.
        @SuppressWarnings("unchecked")
        List<Event> stored = Event.getEntityManager()
                // A lateral probe per event of the days, not "exists": PostgreSQL made that a hash join over every
                // event of the actors, thousands for the most named ones.
                .createNativeQuery("""
                        select e.* from event e
                        cross join lateral (
                            select 1 from event_participant p where p.event_id = e.id and p.actor_id = any(?2) limit 1) shared
                        where e.happened_start = any(?1) and e.kind = any(?3)
                        order by e.id""", Event.class)
                .setParameter(1, days)
                .setParameter(2, actorIds)
                .setParameter(3, kinds)
                .getResultList();
        return new ArrayList<>(stored);
    }

    /**
     * The same event reported by several sources is one event with several pieces of evidence: an
     * event of the same kind over the same period sharing an actor is taken to be it. Only its evidence
     * grows; its words, date and participants stay as they are once an editor has touched it.
     */
    private void event(Source source, NewSourceEvidence proof, Extraction extraction, Extraction.Event happened, Map<String, Actor> actors,
            List<Event> reported) {
        EventKind kind = CodedEnum.fromCode(EventKind.class, happened.kind());
        FuzzyDate date = FuzzyDate.ofTimexValue(happened.date());
        List<Actor> involved = happened.actors().stream().map(actors::get).filter(Objects::nonNull).toList();
        Event event = sameEvent(reported, kind, date, involved).orElseGet(() -> {
            Event created = Event.of(kind, happened.summary(), date, source.publishedAt);
            created.persist();
            reported.add(created);
            return created;
        });
        if (event.isUntouchedByEditors()) {
            involved.forEach(actor -> event.withParticipant(actor, ParticipantRole.PARTICIPANT));
            if (source.publishedAt.isBefore(event.reportedAt)) {
                event.reportedAt = source.publishedAt;
            }
        }
        attach(extraction, happened.evidence(),
                span -> proof.attach(event, span, extraction.sentenceAround(span.start(), span.end())));
    }

    private static Optional<Event> sameEvent(List<Event> reported, EventKind kind, FuzzyDate date, List<Actor> involved) {
        return reported.stream()
                .filter(c -> c.kind == kind && c.happened.start().equals(date.start()) && c.happened.end().equals(date.end()))
                .filter(c -> c.participants.stream().anyMatch(p -> involved.stream().anyMatch(a -> a.id.equals(p.actor.id))))
                .findFirst();
    }

    /**
     * A stance is known to be held since the day it was reported. The stance the actor held on the
     * issue at that day, reported again, is that position with more evidence (and, untouched by
     * editors, held since the earlier report); another stance is a new position, so the actor's page
     * shows how it changed. {@code held} keeps the actors' positions met in this article: the session
     * is not flushed before a query, so a query would miss the ones just added.
     */
    private void position(NewSourceEvidence proof, Extraction extraction, Extraction.Position stance, Map<String, Actor> actors,
            Map<Actor, List<Position>> held) {
        Actor holder = actors.get(stance.actor());
        if (holder == null) {
            return;
        }
        Stance taken = CodedEnum.fromCode(Stance.class, stance.stance());
        FuzzyDate reported = FuzzyDate.onDay(extraction.published());
        List<Position> positions = held.computeIfAbsent(holder,
                actor -> new ArrayList<>(Position.<Position>list("actor", actor)));
        Position position = heldOn(positions, stance.issue(), reported).filter(p -> p.stance == taken).orElseGet(() -> {
            Position created = Position.of(holder, stance.issue(), taken, reported);
            created.persist();
            positions.add(created);
            return created;
        });
        if (position.isUntouchedByEditors() && reported.start().isBefore(position.since.start())) {
            position.since = reported;
        }
        attach(extraction, stance.evidence(),
                span -> proof.attach(position, span, extraction.sentenceAround(span.start(), span.end())));
    }

    /** The position on the issue in force on the day reported: the last taken by then, else the first taken after. */
    private static Optional<Position> heldOn(List<Position> positions, String issue, FuzzyDate reported) {
        String key = IssueKey.of(issue);
        List<Position> onIssue = positions.stream().filter(p -> p.issueKey().equals(key))
                .sorted(Comparator.comparing((Position p) -> p.since.start()).thenComparing(p -> p.id)).toList();
        return onIssue.stream().filter(p -> !p.since.start().isAfter(reported.start())).reduce((first, second) -> second)
                .or(() -> onIssue.stream().findFirst());
    }

    /**
     * A meeting goes on the timeline as an event of kind meeting, with its place, day, participants and outcome.
     * A place added for an earlier meeting of the article is taken from {@code places}: the session
     * is not flushed before the query, so the query would not find it.
     */
    private void meeting(Source source, NewSourceEvidence proof, Extraction extraction, Extraction.Meeting met, Map<String, Actor> actors,
            Map<String, Place> places) {
        if (met.date() == null) {
            return;
        }
        Event event = Event.of(EventKind.MEETING, met.summary(), FuzzyDate.ofTimexValue(met.date()), source.publishedAt);
        event.place = places.computeIfAbsent(met.place().strip(), name -> Place.findByName(name).orElseGet(() -> {
            Place place = Place.named(name, null);
            place.persist();
            return place;
        }));
        for (String name : met.participants()) {
            Actor participant = actors.get(name);
            if (participant != null) {
                event.withParticipant(participant, ParticipantRole.PARTICIPANT);
            }
        }
        event.persist();
        Meeting meeting = Meeting.of(event, CodedEnum.fromCode(MeetingFormat.class, met.format()));
        meeting.outcome = met.outcome();
        meeting.persist();
        for (Extraction.Span sentence : met.evidence()) {
            attach(extraction, sentence, span -> proof.attach(event, span, extraction.sentenceAround(span.start(), span.end())));
        }
    }

    private Actor actor(NewSourceEvidence proof, Extraction extraction, Extraction.Actor found, KnownActors known) {
        ActorKind kind = CodedEnum.fromCode(ActorKind.class, found.kind());
        Actor actor = known.resolveOrCreate(found.name(), kind);
        for (Extraction.Span mention : found.mentions()) {
            String words = extraction.text().substring(mention.start(), mention.end());
            // "Lavrov", "the Russian foreign minister": other names; a titled mention holding the full name is not one.
            if (kind == ActorKind.PERSON && !words.contains(found.name())) {
                actor.addAlias(words.replaceFirst("^(?i)the\\s+", ""));
            }
            attach(extraction, mention, span -> proof.attach(actor, span, extraction.sentenceAround(span.start(), span.end())));
        }
        return actor;
    }

    private void roles(NewSourceEvidence proof, Extraction extraction, Extraction.Actor found, Map<String, Actor> actors) {
        Actor actor = actors.get(found.name());
        for (Extraction.Title title : found.titles()) {
            Actor affiliation = title.affiliation() == null ? null : actors.get(title.affiliation());
            ActorRole role = actor.roles.stream()
                    .filter(r -> r.title.equalsIgnoreCase(title.title()) && sameActor(r.affiliation, affiliation))
                    .findFirst()
                    .orElseGet(() -> {
                        ActorRole added = actor.addRole(title.title(), affiliation);
                        added.persist();
                        return added;
                    });
            Extraction.Span first = found.mentions().get(0);
            attach(extraction, first, span -> proof.attach(role, span, extraction.sentenceAround(span.start(), span.end())));
        }
    }

    private void statement(NewSourceEvidence proof, Extraction extraction, Extraction.Statement said, Map<String, Actor> actors,
            KnownActors known) {
        Actor speaker = said.speaker() == null ? null : Optional.ofNullable(actors.get(said.speaker().name()))
                .or(() -> known.resolve(said.speaker().name(), null))
                .orElse(null);
        String cue = said.cue() == null ? null : extraction.text().substring(said.cue().start(), said.cue().end());
        Statement statement = said.direct() ? Statement.direct(speaker, said.text(), cue) : Statement.indirect(speaker, said.text(), cue);
        if (said.said() != null) {
            statement.said = FuzzyDate.ofTimexValue(said.said().value());
        }
        statement.persist();
        attach(extraction, said.content(),
                span -> proof.attach(statement, span, extraction.sentenceAround(span.start(), span.end())));
    }

    private static boolean sameActor(Actor a, Actor b) {
        return a == null ? b == null : b != null && a.id.equals(b.id);
    }

    private interface Attachment {
        void to(Span span);
    }

    private static void attach(Extraction extraction, Extraction.Span span, Attachment attachment) {
        if (span.end() > span.start() && span.end() <= extraction.text().length()) {
            attachment.to(new Span(span.start(), span.end()));
        }
    }
}
