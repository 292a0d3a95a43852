package org.dossier.web.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.database.CodedEnum;
import org.dossier.web.event.EventFilter;
import org.dossier.web.reading.SqlConditions;
import org.dossier.web.reading.Visibility;
import org.dossier.web.search.SearchHit.Type;

/**
 * Full-text search over events, statements, actors and sources with PostgreSQL's own ranking and
 * highlighting, one query for the page and one for the count. Without words it lists what the
 * filters select, newest first.
 */
@ApplicationScoped
public class Search {

    /** Highlight options: our marker characters, a few short fragments of a long text. */
    private static final String HEADLINE = "'StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"'";
    private static final int PLAIN_SNIPPET = 240;

    public record Results(List<SearchHit> hits, long total) {
    }

    private final Visibility visibility;

    Search(Visibility visibility) {
        this.visibility = visibility;
    }

    public Results run(SearchRequest request) {
        SqlConditions shared = new SqlConditions();
        int words = request.words().map(shared::value).orElse(0);
        List<String> parts = new ArrayList<>();
        if (request.includes(Type.EVENT)) {
            parts.add(events(request, words, shared.sharingValues()));
        }
        if (request.includes(Type.STATEMENT)) {
            parts.add(statements(request, words, shared.sharingValues()));
        }
        if (request.includes(Type.ACTOR)) {
            parts.add(actors(request, words, shared.sharingValues()));
        }
        if (request.includes(Type.SOURCE)) {
            parts.add(sources(request, words, shared.sharingValues()));
        }
        String union = String.join("\nunion all\n", parts);
        var em = Panache.getEntityManager();
        long total = ((Number) shared.bind(em.createNativeQuery("select count(*) from (" + union + ") r")).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = shared.bind(em.createNativeQuery("select type, id, title, detail, " + snippet(words) + ", rank, day from ("
                        + union + ") r order by rank desc, day desc nulls last, id desc"
                        + " limit " + request.page().size() + " offset " + (long) request.page().index() * request.page().size()))
                .getResultList();
        return new Results(rows.stream().map(Search::hit).toList(), total);
    }

    private String events(SearchRequest r, int words, SqlConditions where) {
        // The same filter as the timeline and the API; the words are matched by select(), ranked.
        new EventFilter(r.story(), r.actor(), r.kind(), Optional.empty(), r.from(), r.to(), Optional.empty())
                .conditions(visibility.sqlList(), where);
        return select("event", "e.id", "e.summary", "e.kind", "e.summary", "e.search", "english", "e.happened_start", words, where) + " from event e " + where.where();
    }

    private String statements(SearchRequest r, int words, SqlConditions where) {
        where.add("s.status in (" + visibility.sqlList() + ")");
        r.actor().ifPresent(a -> where.add("s.speaker_id = ?", a));
        String inSources = "exists (select 1 from evidence ev join source src on src.id = ev.source_id where ev.statement_id = s.id";
        r.story().ifPresent(slug -> where.add(inSources + " and ev.source_id in (select ss.source_id from story_source ss join story st on st.id = ss.story_id where st.slug = ?))", slug));
        r.from().ifPresent(d -> where.add(inSources + " and src.published_at >= ?)", d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        r.to().ifPresent(d -> where.add(inSources + " and src.published_at < ?)", d.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return select("statement", "s.id", "coalesce(a.canonical_name, 'Unidentified speaker')", "case when s.direct then 'direct quote' else 'reported speech' end",
                "s.content", "s.search", "english", "s.said_start", words, where)
                + " from statement s left join actor a on a.id = s.speaker_id " + where.where();
    }

    private String actors(SearchRequest r, int words, SqlConditions where) {
        where.add("a.merged_into_id is null");
        r.actor().ifPresent(id -> where.add("a.id = ?", id));
        r.story().ifPresent(slug -> where.add("""
                a.id in (select ep.actor_id from event_participant ep join story_event se on se.event_id = ep.event_id
                         join story st on st.id = se.story_id where st.slug = ?)""", slug));
        return select("actor", "a.id", "a.canonical_name", "a.kind", "a.canonical_name || ' ' || a.description", "a.search", "simple",
                "cast(null as date)", words, where) + " from actor a " + where.where();
    }

    private String sources(SearchRequest r, int words, SqlConditions where) {
        r.actor().ifPresent(id -> where.add("exists (select 1 from evidence ev where ev.source_id = src.id and ev.actor_id = ?)", id));
        r.story().ifPresent(slug -> where.add("src.id in (select ss.source_id from story_source ss join story st on st.id = ss.story_id where st.slug = ?)", slug));
        r.from().ifPresent(d -> where.add("src.published_at >= ?", d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        r.to().ifPresent(d -> where.add("src.published_at < ?", d.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return select("source", "src.id", "src.title", "coalesce(src.outlet, '')", "src.body", "src.search", "english",
                "cast(src.published_at as date)", words, where) + " from source src " + where.where();
    }

    /**
     * The common columns: type, id, title, detail, the text to cut a snippet from and the search
     * configuration it was indexed with, rank, day. With words, the text must match them and is
     * ranked; without, every row ranks alike.
     */
    private static String select(String type, String id, String title, String detail, String text, String vector, String config, String day,
            int words, SqlConditions where) {
        String rank = "0";
        if (words > 0) {
            String query = "websearch_to_tsquery('" + config + "', ?" + words + ")";
            where.add(vector + " @@ " + query);
            rank = "ts_rank(" + vector + ", " + query + ")";
        }
        return "select '" + type + "' as type, " + id + " as id, " + title + " as title, " + detail + " as detail, " + text + " as body, '"
                + config + "' as config, " + rank + " as rank, " + day + " as day";
    }

    /** Highlighting is costly: done in the outer query, for the rows of one page only. */
    private static String snippet(int words) {
        return words > 0
                ? "ts_headline(cast(config as regconfig), body, websearch_to_tsquery(cast(config as regconfig), ?" + words + "), " + HEADLINE + ")"
                : "left(body, " + PLAIN_SNIPPET + ")";
    }

    private static SearchHit hit(Object[] row) {
        Type type = CodedEnum.fromCode(Type.class, (String) row[0]);
        LocalDate day = row[6] instanceof Date d ? d.toLocalDate() : (LocalDate) row[6];
        return new SearchHit(type, ((Number) row[1]).longValue(), (String) row[2], Snippet.parse((String) row[4]), day, (String) row[3]);
    }
}
