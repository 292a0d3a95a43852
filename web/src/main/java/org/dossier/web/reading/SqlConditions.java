package org.dossier.web.reading;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a native reading query, built from optional filters. Each condition is
 * written with {@code ?} for its value ({@code ?n} refers to a value bound earlier); values are
 * always bound, never spliced into the SQL.
 */
public final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values;

    public SqlConditions() {
        this(new ArrayList<>());
    }

    private SqlConditions(List<Object> values) {
        this.values = values;
    }

    /** Conditions for another part of the same query, numbering their values after this one's. */
    public SqlConditions sharingValues() {
        return new SqlConditions(values);
    }

    public SqlConditions add(String condition, Object... bound) {
        StringBuilder sql = new StringBuilder();
        List<Object> taken = new ArrayList<>();
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            boolean numbered = i + 1 < condition.length() && Character.isDigit(condition.charAt(i + 1));
            if (c == '?' && !numbered) {
                if (taken.size() == bound.length) {
                    throw new IllegalArgumentException("Condition '" + condition + "' takes more values than the " + bound.length + " given");
                }
                taken.add(bound[taken.size()]);
                sql.append('?').append(values.size() + taken.size());
            } else {
                sql.append(c);
            }
        }
        if (taken.size() != bound.length) {
            throw new IllegalArgumentException("Condition '" + condition + "' takes " + taken.size() + " values, not " + bound.length);
        }
        values.addAll(taken);
        clauses.add(sql.toString());
        return this;
    }

    /** Binds a value used in several places of the query; they refer to it as {@code ?n}. */
    public int value(Object value) {
        values.add(value);
        return values.size();
    }

    /** "where a and b", or "" when there is no condition. */
    public String where() {
        return clauses.isEmpty() ? "" : "where " + and();
    }

    public String and() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    public Query bind(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
