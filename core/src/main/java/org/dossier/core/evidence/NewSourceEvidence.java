package org.dossier.core.evidence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.hibernate.Session;

/**
 * Records the evidence of one source being stored now (see {@link EvidenceLedger#forNewSource}).
 * Invariant as for {@link EvidenceLedger}: a span of the source backs a fact once.
 *
 * <p>Evidence attached here is stored by {@link #recordAll()}, all of it together after the facts
 * it backs, as rows of one JDBC batch rather than as entities: it is half of what an article stores,
 * and as entities it was persisted, cascaded and dirty-checked at every flush of the article's
 * transaction, for rows nothing in that transaction reads again (measured in docs/benchmarks.md).
 */
public final class NewSourceEvidence {

    private static final String INSERT = """
            insert into evidence (source_id, actor_id, actor_role_id, event_id, statement_id, position_id,
                                  start_offset, end_offset, sentence)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Which column of the evidence row names the fact; the order of the insert's fact columns. */
    private enum FactColumn {
        ACTOR, ACTOR_ROLE, EVENT, STATEMENT, POSITION
    }

    /** The fact's id is read when the row is written: by then the fact has been flushed. */
    private record Pending(FactColumn column, Supplier<Long> factId, Span span, String sentence) {
    }

    private final Source source;
    private final Set<String> recorded = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>();

    NewSourceEvidence(Source source) {
        this.source = source;
    }

    public void attach(Actor actor, Span span, String sentence) {
        add(FactColumn.ACTOR, actor, () -> actor.id, span, sentence);
    }

    public void attach(ActorRole role, Span span, String sentence) {
        add(FactColumn.ACTOR_ROLE, role, () -> role.id, span, sentence);
    }

    public void attach(Event event, Span span, String sentence) {
        add(FactColumn.EVENT, event, () -> event.id, span, sentence);
    }

    public void attach(Statement statement, Span span, String sentence) {
        add(FactColumn.STATEMENT, statement, () -> statement.id, span, sentence);
    }

    public void attach(Position position, Span span, String sentence) {
        add(FactColumn.POSITION, position, () -> position.id, span, sentence);
    }

    private void add(FactColumn column, Object fact, Supplier<Long> factId, Span span, String sentence) {
        if (span.end() > source.body.length()) {
            throw new IllegalArgumentException("Span " + span + " lies outside the source's " + source.body.length() + " characters");
        }
        if (recorded.add(column.ordinal() + ":" + System.identityHashCode(fact) + ":" + span.start() + ":" + span.end())) {
            pending.add(new Pending(column, factId, span, sentence));
        }
    }

    /**
     * Stores the evidence attached since the last call; call it once the source's facts are added.
     * The session is flushed first, since the rows refer to the facts, and is left flushed, so a
     * caller storing a source needs no flush of its own after this one.
     */
    public void recordAll() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        if (!pending.isEmpty()) {
            session.doWork(this::insertPending);
            pending.clear();
        }
    }

    private void insertPending(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Pending evidence : pending) {
                insert.setLong(1, source.id);
                for (FactColumn column : FactColumn.values()) {
                    setFact(insert, 2 + column.ordinal(), column == evidence.column() ? evidence.factId().get() : null);
                }
                insert.setInt(7, evidence.span().start());
                insert.setInt(8, evidence.span().end());
                insert.setString(9, evidence.sentence());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setFact(PreparedStatement insert, int index, Long id) throws SQLException {
        if (id == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, id);
        }
    }
}
