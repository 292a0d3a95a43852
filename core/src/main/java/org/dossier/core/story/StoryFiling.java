package org.dossier.core.story;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.dossier.core.event.Event;
import org.dossier.core.source.Source;
import org.hibernate.Session;

/**
 * Files a source under a story, and with it every event the source is evidence for, so a story's
 * timeline is one indexed join however many events the database holds.
 *
 * <p>Filing is idempotent; it writes the join rows directly instead of loading a story's whole
 * collections, which grow with the story.
 */
@ApplicationScoped
public class StoryFiling {

    @Transactional
    public void file(Story story, Source source) {
        Panache.getEntityManager().flush();
        fileFlushed(story, source);
    }

    /**
     * As {@link #file}, for a caller whose session is flushed already: the source, the story and the
     * evidence naming the source's events must be stored. A flush with nothing to write still goes
     * through every entity of the session, as many as an article's facts on import.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fileFlushed(Story story, Source source) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        // Plain JDBC: a native query would check the whole session for changes again.
        session.doWork(connection -> {
            update(connection, """
                    insert into story_source (story_id, source_id) values (?, ?)
                    on conflict do nothing""", story.id, source.id);
            update(connection, """
                    insert into story_event (story_id, event_id)
                    select distinct ?, event_id from evidence where source_id = ? and event_id is not null
                    on conflict do nothing""", story.id, source.id);
        });
    }

    private static void update(Connection connection, String sql, long first, long second) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, first);
            statement.setLong(2, second);
            statement.executeUpdate();
        }
    }

    /** Files an event under every story its source is filed under (an event added by hand, say). */
    @Transactional
    public void fileEvent(Event event, Source source) {
        var session = Panache.getEntityManager();
        session.flush();
        session.createNativeQuery("""
                insert into story_event (story_id, event_id)
                select story_id, ?1 from story_source where source_id = ?2
                on conflict do nothing""")
                .setParameter(1, event.id).setParameter(2, source.id).executeUpdate();
    }
}
