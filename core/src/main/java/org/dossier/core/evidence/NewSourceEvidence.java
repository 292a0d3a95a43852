package org.dossier.core.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;

/**
 * Records the evidence of one source being stored now (see {@link EvidenceLedger#forNewSource}).
 * Invariant as for {@link EvidenceLedger}: a span of the source backs a fact once.
 *
 * <p>Evidence attached here is stored by {@link #recordAll()}, all of it together after the facts
 * it backs: stored one by one between the facts, it broke the insert batches at every change of
 * table (measured in docs/benchmarks.md).
 */
public final class NewSourceEvidence {

    private final Source source;
    private final Set<String> recorded = new HashSet<>();
    private final List<Evidence> pending = new ArrayList<>();

    NewSourceEvidence(Source source) {
        this.source = source;
    }

    public void attach(Actor actor, Span span, String sentence) {
        add("actor", actor, span, sentence, e -> e.actor = actor);
    }

    public void attach(ActorRole role, Span span, String sentence) {
        add("role", role, span, sentence, e -> e.actorRole = role);
    }

    public void attach(Event event, Span span, String sentence) {
        add("event", event, span, sentence, e -> e.event = event);
    }

    public void attach(Statement statement, Span span, String sentence) {
        add("statement", statement, span, sentence, e -> e.statement = statement);
    }

    public void attach(Position position, Span span, String sentence) {
        add("position", position, span, sentence, e -> e.position = position);
    }

    private void add(String kind, Object fact, Span span, String sentence, Consumer<Evidence> pointAtFact) {
        if (span.end() > source.body.length()) {
            throw new IllegalArgumentException("Span " + span + " lies outside the source's " + source.body.length() + " characters");
        }
        if (recorded.add(kind + System.identityHashCode(fact) + ":" + span.start() + ":" + span.end())) {
            Evidence evidence = new Evidence(source, span, sentence);
            pointAtFact.accept(evidence);
            pending.add(evidence);
        }
    }

    /** Stores the evidence attached since the last call; call it once the source's facts are added. */
    public void recordAll() {
        pending.forEach(evidence -> evidence.persist());
        pending.clear();
    }
}
