package org.dossier.web.timeline;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.dossier.web.event.EventFilter;
import org.dossier.web.reading.SqlConditions;
import org.dossier.web.reading.Visibility;
import org.dossier.web.timeline.TimelinePage.Choice;

/** The choices the timeline's filter offers: the actors most present in the story, the places. */
@ApplicationScoped
public class TimelineChoices {

    static final int ACTORS = 60;
    static final int PLACES = 100;
    static final int SAMPLE = 5_000;

    private final Visibility visibility;

    TimelineChoices(Visibility visibility) {
        this.visibility = visibility;
    }

    /**
     * The actors most present among the story's latest events (a bounded sample, so the choice costs
     * the same in a story of any size), and the one the filter names, if any.
     */
    @SuppressWarnings("unchecked")
    public List<Choice> actors(EventFilter filter) {
        EventFilter scope = filter.story().map(slug -> EventFilter.none().withStory(slug)).orElse(EventFilter.none());
        SqlConditions where = scope.conditions(visibility.sqlList(), new SqlConditions());
        long chosen = filter.actor().orElse(-1L);
        List<Object[]> rows = where.bind(Panache.getEntityManager().createNativeQuery("""
                (select a.id, a.canonical_name
                 from (select e.id from event e %s order by e.happened_start desc limit %d) e
                 join event_participant ep on ep.event_id = e.id join actor a on a.id = ep.actor_id
                 group by a.id, a.canonical_name order by count(*) desc, a.canonical_name limit %d)
                union
                select a.id, a.canonical_name from actor a where a.id = %d""".formatted(where.where(), SAMPLE, ACTORS, chosen)))
                .getResultList();
        return rows.stream().map(r -> new Choice(String.valueOf(r[0]), (String) r[1]))
                .sorted(java.util.Comparator.comparing(Choice::label)).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Choice> places() {
        List<String> names = Panache.getEntityManager()
                .createNativeQuery("select name from place order by name limit " + PLACES).getResultList();
        return names.stream().map(n -> new Choice(n, n)).toList();
    }
}
