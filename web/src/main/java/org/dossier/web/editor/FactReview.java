package org.dossier.web.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;

/**
 * Applies an editor's decision to one fact, only if the fact is still the version the editor saw.
 * A decided fact is marked edited, so a later import never touches it.
 */
@ApplicationScoped
public class FactReview {

    public enum Outcome { DONE, CHANGED_MEANWHILE, MISSING }

    /** {@code key} as {@link QueueItem#key()} writes it: "event:12:3". */
    @Transactional
    public Outcome decide(String key, ReviewStatus decision) {
        String[] parts = key.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a fact key: '" + key + "'");
        }
        FactType type = org.dossier.core.database.CodedEnum.fromCode(FactType.class, parts[0]);
        long id = Long.parseLong(parts[1]);
        int version = Integer.parseInt(parts[2]);
        return switch (type) {
            case EVENT -> Event.<Event>findByIdOptional(id).map(e -> e.version != version ? Outcome.CHANGED_MEANWHILE : apply(() -> {
                e.status = decision;
                e.editedAt = Instant.now();
            })).orElse(Outcome.MISSING);
            case STATEMENT -> Statement.<Statement>findByIdOptional(id).map(s -> s.version != version ? Outcome.CHANGED_MEANWHILE : apply(() -> {
                s.status = decision;
                s.editedAt = Instant.now();
            })).orElse(Outcome.MISSING);
            case POSITION -> Position.<Position>findByIdOptional(id).map(p -> p.version != version ? Outcome.CHANGED_MEANWHILE : apply(() -> {
                p.status = decision;
                p.editedAt = Instant.now();
            })).orElse(Outcome.MISSING);
            case ROLE -> ActorRole.<ActorRole>findByIdOptional(id)
                    .map(r -> r.version != version ? Outcome.CHANGED_MEANWHILE : apply(() -> r.status = decision)).orElse(Outcome.MISSING);
        };
    }

    private static Outcome apply(Runnable change) {
        change.run();
        return Outcome.DONE;
    }
}
