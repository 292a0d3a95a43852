package org.dossier.core.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;

/**
 * Attaches evidence to facts and finds it again. Attaching the same span of the same source to the
 * same fact twice records it once.
 */
@ApplicationScoped
public class EvidenceLedger {

    @Transactional
    public Evidence attach(Event event, Source source, Span span, String sentence) {
        return attach(source, span, sentence, "event", event.id, e -> e.event = event);
    }

    @Transactional
    public Evidence attach(Statement statement, Source source, Span span, String sentence) {
        return attach(source, span, sentence, "statement", statement.id, e -> e.statement = statement);
    }

    @Transactional
    public Evidence attach(Position position, Source source, Span span, String sentence) {
        return attach(source, span, sentence, "position", position.id, e -> e.position = position);
    }

    @Transactional
    public Evidence attach(Actor actor, Source source, Span span, String sentence) {
        return attach(source, span, sentence, "actor", actor.id, e -> e.actor = actor);
    }

    @Transactional
    public Evidence attach(ActorRole role, Source source, Span span, String sentence) {
        return attach(source, span, sentence, "actorRole", role.id, e -> e.actorRole = role);
    }

    /**
     * Evidence for a source stored in this very transaction: nothing can exist for it yet, so nothing
     * is looked up (a look-up would also flush and break the batching of inserts); repeats within the
     * article are dropped in memory.
     */
    public NewSourceEvidence forNewSource(Source source) {
        return new NewSourceEvidence(source);
    }

    public List<Evidence> of(Event event) {
        return Evidence.list("event = ?1 order by source.publishedAt, start", event);
    }

    public List<Evidence> of(Statement statement) {
        return Evidence.list("statement = ?1 order by source.publishedAt, start", statement);
    }

    public List<Evidence> of(Actor actor) {
        return Evidence.list("actor = ?1 order by source.publishedAt, start", actor);
    }

    /** How many different sources back the event: its weight on the timeline. */
    public long sourceCount(Event event) {
        return Evidence.find("select count(distinct e.source) from Evidence e where e.event = ?1", event)
                .project(Long.class).singleResult();
    }

    private Evidence attach(Source source, Span span, String sentence, String factField, Long factId,
            Consumer<Evidence> pointAtFact) {
        if (factId == null) {
            throw new IllegalStateException("Persist the " + factField + " before attaching evidence to it");
        }
        if (span.end() > source.body.length()) {
            throw new IllegalArgumentException("Span " + span + " lies outside the source's " + source.body.length() + " characters");
        }
        return Evidence.<Evidence>find("source = ?1 and start = ?2 and end = ?3 and " + factField + ".id = ?4",
                source, span.start(), span.end(), factId)
                .firstResultOptional()
                .orElseGet(() -> {
                    Evidence evidence = new Evidence(source, span, sentence);
                    pointAtFact.accept(evidence);
                    evidence.persist();
                    return evidence;
                });
    }
}
