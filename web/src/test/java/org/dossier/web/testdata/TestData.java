package org.dossier.web.testdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.curation.ActorMerge;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.event.ParticipantRole;
import org.dossier.core.evidence.EvidenceLedger;
import org.dossier.core.evidence.Span;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.meeting.MeetingFormat;
import org.dossier.core.place.Place;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Stance;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;
import org.dossier.core.time.FuzzyDate;

/** Commits the data a page test reads; every call makes rows no other test shares. */
@ApplicationScoped
public class TestData {

    public static final String HOSTILE = "</script><img src=x onerror=alert(1)>";

    private final EvidenceLedger ledger;
    private final ActorMerge merge;

    TestData(EvidenceLedger ledger, ActorMerge merge) {
        this.ledger = ledger;
        this.merge = merge;
    }

    @Transactional
    public Source source(String title, String body, Instant published) {
        Source source = Source.of(title, body + " [" + UUID.randomUUID() + "]", published);
        source.outlet = "Test Wire";
        source.persist();
        return source;
    }

    @Transactional
    public Story story(String title, Source... sources) {
        Story story = Story.of("story-" + unique(), title, "A story made by a test.");
        for (Source source : sources) {
            story.sources.add(Source.findById(source.id));
        }
        story.persist();
        return story;
    }

    /**
     * A small story with one of each fact, all with evidence in one article: a minister of a country
     * (titled), a meeting on a day, a diplomatic step known to the month, a rejected event, a direct
     * quote and a position. {@code name} is written into the minister's name and the quote, so a
     * test can pass hostile text through every kind of fact. Every fact carries a unique marker word.
     * The facts are approved, as readers see them once an editor has reviewed them.
     */
    @Transactional
    public StoryFacts storyWithFacts(String name) {
        return storyWithFacts(name, ReviewStatus.APPROVED);
    }

    /** The same story as {@link #storyWithFacts}, its facts proposed by an import and not yet reviewed. */
    @Transactional
    public StoryFacts storyWithProposedFacts(String name) {
        return storyWithFacts(name, ReviewStatus.PROPOSED);
    }

    private StoryFacts storyWithFacts(String name, ReviewStatus status) {
        String marker = "zq" + unique();
        String body = "GENEVA - Foreign Minister " + name + " of Freedonia met envoys in Lausanne on Saturday about the " + marker + " corridor. "
                + "\"We will keep talking about " + marker + " and " + name + ",\" " + name + " said after the meeting. "
                + "Freedonia opposes new sanctions on its banks. "
                + "Earlier this month the two sides froze their contacts over the " + marker + " plan. "
                + "A rumoured ceasefire in the " + marker + " valley was denied.";
        Source source = Source.of("Envoys meet over the " + marker + " corridor", body, Instant.parse("2016-10-15T12:00:00Z"));
        source.outlet = "Test Wire";
        source.persist();

        Actor country = Actor.named(ActorKind.COUNTRY, "Freedonia " + marker);
        country.persist();
        Actor minister = Actor.named(ActorKind.PERSON, name);
        ActorRole role = minister.addRole("Foreign Minister", country);
        role.status = status;
        minister.persist();

        Place lausanne = Place.findByName("Lausanne").orElseGet(() -> {
            Place place = Place.named("Lausanne", null);
            place.persist();
            return place;
        });
        Event meeting = Event.of(EventKind.MEETING, "Envoys meet in Lausanne on the " + marker + " corridor",
                FuzzyDate.onDay(LocalDate.of(2016, 10, 15)), source.publishedAt)
                .withParticipant(minister, ParticipantRole.PARTICIPANT).withParticipant(country, ParticipantRole.PARTICIPANT);
        meeting.place = lausanne;
        meeting.status = status;
        meeting.persist();
        Meeting.of(meeting, MeetingFormat.TALKS).persist();
        Event monthEvent = Event.of(EventKind.DIPLOMATIC_STEP, "The two sides froze their contacts over the " + marker + " plan",
                FuzzyDate.inMonth(YearMonth.of(2016, 10)), source.publishedAt).withParticipant(country, ParticipantRole.AGENT);
        monthEvent.status = status;
        monthEvent.persist();
        Event rejected = Event.of(EventKind.MILITARY_ACTION, "A rumoured ceasefire in the " + marker + " valley",
                FuzzyDate.onDay(LocalDate.of(2016, 10, 12)), source.publishedAt);
        rejected.status = ReviewStatus.REJECTED;
        rejected.persist();

        Statement quote = Statement.direct(minister, "We will keep talking about " + marker + " and " + name, "said");
        quote.status = status;
        quote.persist();
        Position position = Position.of(country, "new sanctions on its banks", Stance.OPPOSES, FuzzyDate.onDay(LocalDate.of(2016, 10, 15)));
        position.status = status;
        position.persist();

        Story story = Story.of("story-" + unique(), "Talks about the " + marker + " corridor", "A story made by a test about " + marker + ".");
        story.sources.add(source);
        story.events.add(meeting);
        story.events.add(monthEvent);
        story.events.add(rejected);
        story.persist();

        attach(source, body, "Foreign Minister " + name + " of Freedonia", s -> ledger.attach(role, source, s, sentence(body, s)));
        attach(source, body, name, s -> ledger.attach(minister, source, s, sentence(body, s)));
        attach(source, body, "met envoys in Lausanne on Saturday", s -> ledger.attach(meeting, source, s, sentence(body, s)));
        attach(source, body, "We will keep talking about " + marker + " and " + name, s -> ledger.attach(quote, source, s, sentence(body, s)));
        attach(source, body, "Freedonia opposes new sanctions on its banks", s -> ledger.attach(position, source, s, sentence(body, s)));
        attach(source, body, "Earlier this month the two sides froze their contacts", s -> ledger.attach(monthEvent, source, s, sentence(body, s)));
        attach(source, body, "A rumoured ceasefire", s -> ledger.attach(rejected, source, s, sentence(body, s)));
        return new StoryFacts(story, source, minister, country, meeting, monthEvent, rejected, quote, position, role, marker);
    }

    /**
     * A story of {@code count} generated events, one a day from {@code first}, all of kind other,
     * approved and without evidence: enough rows for the timeline to have to aggregate.
     */
    @Transactional
    public Story storyWithManyEvents(int count, LocalDate first) {
        Story story = Story.of("many-" + unique(), "Many events", "Generated by a test.");
        story.persist();
        var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
        em.flush();
        em.createNativeQuery("""
                with made as (
                    insert into event (kind, summary, happened_start, happened_end, happened_precision, reported_at, status)
                    select 'other', 'Generated event ' || g, cast(?1 as date) + g, cast(?1 as date) + g, 'day', now(), 'approved'
                    from generate_series(0, ?2 - 1) g
                    returning id)
                insert into story_event (story_id, event_id) select ?3, id from made""")
                .setParameter(1, first).setParameter(2, count).setParameter(3, story.id).executeUpdate();
        return story;
    }

    /** An active account with these roles; returns its username. */
    @Transactional
    public String account(String password, String... roles) {
        String username = "editor-" + unique();
        org.dossier.web.account.Account.of(username, "Test " + username, password, java.util.Set.of(roles)).persist();
        return username;
    }

    @Transactional
    public void deactivate(String username) {
        org.dossier.web.account.Account.findByUsername(username).orElseThrow().active = false;
    }

    /** The country of these facts, a month later, no longer opposing but supporting the same issue. */
    public Position laterStance(StoryFacts facts) {
        return laterStance(facts, facts.position().issue);
    }

    /** {@link #laterStance(StoryFacts)}, the issue worded as given. */
    @Transactional
    public Position laterStance(StoryFacts facts, String issue) {
        Position later = Position.of(Actor.findById(facts.country().id), issue, Stance.SUPPORTS, FuzzyDate.inMonth(YearMonth.of(2016, 11)));
        later.status = facts.position().status;
        later.persist();
        return later;
    }

    /** A duplicate of an actor, merged into it the way editors merge; returns the duplicate's id. */
    @Transactional
    public long duplicateMergedInto(long survivorId) {
        Actor survivor = Actor.findById(survivorId);
        Actor duplicate = Actor.named(survivor.kind, survivor.canonicalName + " (duplicate)");
        duplicate.persist();
        merge.merge(duplicate, survivor);
        return duplicate.id;
    }

    private static void attach(Source source, String body, String text, java.util.function.Consumer<Span> attach) {
        int start = body.indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in the test article");
        }
        attach.accept(new Span(start, start + text.length()));
    }

    private static String sentence(String body, Span span) {
        int start = body.lastIndexOf(". ", span.start());
        int end = body.indexOf(". ", span.end());
        return body.substring(start < 0 ? 0 : start + 2, end < 0 ? body.length() : end + 1);
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
