package org.dossier.web.event;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.dossier.core.database.CodedEnum;
import org.dossier.core.time.FuzzyDate;
import org.dossier.core.time.Precision;
import org.dossier.web.reading.SqlConditions;
import org.dossier.web.reading.Visibility;

/** Events a filter selects, in date order, read as rows: one query, bounded by a limit. */
@ApplicationScoped
public class EventListing {

    private final Visibility visibility;

    EventListing(Visibility visibility) {
        this.visibility = visibility;
    }

    /** Oldest first, as a timeline reads. */
    public List<EventRow> chronological(EventFilter filter, int limit, long offset) {
        return rows(filter, "e.happened_start, e.id", limit, offset);
    }

    /** Newest first, as lists of developments read. */
    public List<EventRow> latestFirst(EventFilter filter, int limit, long offset) {
        return rows(filter, "e.happened_start desc, e.id desc", limit, offset);
    }

    public long count(EventFilter filter) {
        SqlConditions where = filter.conditions(visibility.sqlList(), new SqlConditions());
        return ((Number) where.bind(em().createNativeQuery("select count(*) from event e " + where.where())).getSingleResult()).longValue();
    }

    /** The first and last day the filter's events cover; null when none match. */
    public FuzzyDate extent(EventFilter filter) {
        SqlConditions where = filter.conditions(visibility.sqlList(), new SqlConditions());
        Object[] row = (Object[]) where.bind(em().createNativeQuery("select min(e.happened_start), max(e.happened_end) from event e " + where.where()))
                .getSingleResult();
        return row[0] == null ? null : FuzzyDate.days(day(row[0]), day(row[1]));
    }

    @SuppressWarnings("unchecked")
    private List<EventRow> rows(EventFilter filter, String order, int limit, long offset) {
        SqlConditions where = filter.conditions(visibility.sqlList(), new SqlConditions());
        List<Object[]> rows = where.bind(em().createNativeQuery("""
                select e.id, e.happened_start, e.happened_end, e.happened_precision, e.kind, e.summary, p.name
                from event e left join place p on p.id = e.place_id
                %s order by %s limit %d offset %d""".formatted(where.where(), order, limit, offset))).getResultList();
        return rows.stream().map(r -> new EventRow(((Number) r[0]).longValue(),
                new FuzzyDate(day(r[1]), day(r[2]), CodedEnum.fromCode(Precision.class, (String) r[3])),
                (String) r[4], (String) r[5], (String) r[6])).toList();
    }

    public static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static jakarta.persistence.EntityManager em() {
        return Panache.getEntityManager();
    }
}
