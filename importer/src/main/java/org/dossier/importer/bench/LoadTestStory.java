package org.dossier.importer.bench;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dossier.core.briefing.Briefing;
import org.dossier.core.briefing.BriefingItem;
import org.dossier.core.briefing.BriefingPublisher;
import org.dossier.core.event.Event;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;

/**
 * A generated story the size of a long-followed crisis, written with set-based SQL so a hundred
 * thousand events take seconds. Events spread over 35 years; seven in ten are known to the day, two
 * to the month, one to the year; each has two of 400 actors and one of 60 places. A thousand sources
 * carry one statement and one position each, with evidence, so every part of a briefing has rows.
 * Its facts are approved, as readers see only reviewed facts.
 */
@ApplicationScoped
public class LoadTestStory {

    static final int ACTORS = 400;
    static final int PLACES = 60;
    static final int SOURCES = 1_000;
    static final int KEY_EVENTS = 40;
    static final int KEY_QUOTES = 20;

    private final BriefingPublisher publisher;

    LoadTestStory(BriefingPublisher publisher) {
        this.publisher = publisher;
    }

    public record Seeded(long events, long actors, long sources) {
    }

    @Transactional
    public Seeded seed(String slug, int events) {
        Story story = Story.findBySlug(slug).orElseGet(() -> {
            Story created = Story.of(slug, "Load test: " + slug, "A generated story for load tests. Nothing in it happened.");
            created.persist();
            return created;
        });
        EntityManager em = Panache.getEntityManager();
        em.flush();
        String tag = slug + "-" + System.currentTimeMillis();
        run(em, """
                create temporary table seeded_actor on commit drop as
                with made as (
                    insert into actor (kind, canonical_name)
                    select case when g % 4 = 0 then 'country' else 'person' end, 'Generated actor ' || g || ' (' || ?1 || ')'
                    from generate_series(1, ?2) g returning id)
                select row_number() over (order by id) - 1 as n, id from made""", tag, ACTORS);
        run(em, """
                create temporary table seeded_place on commit drop as
                with made as (
                    insert into place (name) select 'Generated place ' || g || ' (' || ?1 || ')' from generate_series(1, ?2) g returning id)
                select row_number() over (order by id) - 1 as n, id from made""", tag, PLACES);
        run(em, """
                create temporary table seeded_event on commit drop as
                with dated as (
                    select g, date '1990-01-01' + (g * 12775 / ?1) as day,
                           case when g % 10 < 7 then 'day' when g % 10 < 9 then 'month' else 'year' end as precision
                    from generate_series(0, ?1 - 1) g),
                made as (
                    insert into event (kind, summary, happened_start, happened_end, happened_precision, reported_at, place_id, status)
                    select (array['meeting','statement','military_action','diplomatic_step','humanitarian','accusation','agreement','election','other'])[g % 9 + 1],
                           'Generated event ' || g || ': talks, strikes, aid and votes in a story that never happened',
                           case precision when 'day' then day when 'month' then cast(date_trunc('month', day) as date) else cast(date_trunc('year', day) as date) end,
                           case precision when 'day' then day
                                          when 'month' then cast(date_trunc('month', day) + interval '1 month - 1 day' as date)
                                          else cast(date_trunc('year', day) + interval '1 year - 1 day' as date) end,
                           precision, cast(day as timestamptz) + interval '1 day',
                           (select id from seeded_place where n = g % ?2), 'approved'
                    from dated returning id)
                select row_number() over (order by id) - 1 as n, id from made""", events, PLACES);
        run(em, "insert into story_event (story_id, event_id) select ?1, id from seeded_event", story.id);
        run(em, """
                insert into event_participant (event_id, actor_id, role)
                select e.id, a.id, 'participant' from seeded_event e join seeded_actor a on a.n = e.n % ?1
                union
                select e.id, a.id, 'participant' from seeded_event e join seeded_actor a on a.n = (e.n * 7 + 3) % ?1""", ACTORS);
        seedSources(em, story, tag);
        publishBriefing(story);
        // Fresh statistics, as autovacuum would gather soon after, so measurements do not start on plans for empty tables.
        for (String table : new String[] {"actor", "place", "event", "story_event", "event_participant", "source", "statement", "position", "evidence"}) {
            run(em, "analyze " + table);
        }
        return new Seeded(events, ACTORS, SOURCES);
    }

    /** A published briefing, so the briefing page and its PDF have an editor's part too. */
    private void publishBriefing(Story story) {
        Briefing draft = Briefing.draftOf(story);
        draft.summary = "A **generated** briefing for load tests. Names in other scripts print too: Сергей Лавров, بشار الأسد, Jean-Marc Ayrault.";
        draft.items.clear();
        Event.<Event>find("id in (select e.id from Story st join st.events e where st = ?1) order by happened.start desc", story)
                .page(0, KEY_EVENTS).list().forEach(e -> draft.items.add(BriefingItem.of(e)));
        Statement.<Statement>find("order by id desc").page(0, KEY_QUOTES).list().forEach(s -> draft.items.add(BriefingItem.of(s)));
        publisher.publish(draft, null);
    }

    private static void seedSources(EntityManager em, Story story, String tag) {
        run(em, """
                create temporary table seeded_source on commit drop as
                with made as (
                    insert into source (outlet, title, published_at, body, content_hash)
                    select 'Generated Wire', 'Generated report ' || g,
                           timestamptz '2016-01-01' + g * interval '1 day',
                           'Generated actor ' || (g % ?2 + 1) || ' said: "We expect nothing from the generated talks ' || g || '." '
                               || 'The generated country opposes the generated plan ' || (g % 12) || '.',
                           encode(sha256(convert_to(?1 || ' source ' || g, 'UTF8')), 'hex')
                    from generate_series(1, ?3) g returning id, body)
                select row_number() over (order by id) - 1 as n, id, body from made""", tag, ACTORS, SOURCES);
        run(em, "insert into story_source (story_id, source_id) select ?1, id from seeded_source", story.id);
        run(em, """
                create temporary table seeded_statement on commit drop as
                with made as (
                    insert into statement (speaker_id, content, direct, cue_verb, status)
                    select a.id, 'We expect nothing from the generated talks ' || s.n, true, 'said', 'approved'
                    from seeded_source s join seeded_actor a on a.n = s.n % ?1 order by s.n returning id)
                select row_number() over (order by id) - 1 as n, id from made""", ACTORS);
        run(em, """
                insert into evidence (source_id, statement_id, start_offset, end_offset, sentence)
                select s.id, st.id, strpos(s.body, '"') , strpos(s.body, '."') , split_part(s.body, '." ', 1) || '."'
                from seeded_source s join seeded_statement st on st.n = s.n""");
        run(em, """
                with made as (
                    insert into position (actor_id, issue, stance, since_start, since_end, since_precision, status)
                    select a.id, 'the generated plan ' || (s.n % 12), case when s.n % 3 = 0 then 'supports' else 'opposes' end,
                           date '2016-01-01' + cast(s.n as int), date '2016-01-01' + cast(s.n as int), 'day', 'approved'
                    from seeded_source s join seeded_actor a on a.n = s.n % 40 returning id, since_start)
                insert into evidence (source_id, position_id, start_offset, end_offset, sentence)
                select s.id, m.id, strpos(s.body, 'The generated country') - 1, length(s.body), 'The generated country opposes the generated plan.'
                from made m join seeded_source s on date '2016-01-01' + cast(s.n as int) = m.since_start""");
    }

    private static void run(EntityManager em, String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }
}
