package org.dossier.web.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.dossier.core.evidence.Evidence;
import org.dossier.core.source.Source;
import org.dossier.web.reading.Visibility;

/** The evidence one source holds, as spans naming the visible facts they support. */
@ApplicationScoped
public class SourceFacts {

    private final Visibility visibility;

    SourceFacts(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<FactSpan> of(Source source) {
        List<Evidence> evidence = Evidence.list("""
                select ev from Evidence ev left join fetch ev.actor left join fetch ev.actorRole r left join fetch r.actor
                left join fetch ev.event left join fetch ev.statement st left join fetch st.speaker
                left join fetch ev.position p left join fetch p.actor
                where ev.source = ?1 order by ev.start, ev.end desc""", source);
        return evidence.stream().map(this::span).filter(Objects::nonNull).toList();
    }

    private FactSpan span(Evidence ev) {
        if (ev.actor != null) {
            return new FactSpan(ev.start, ev.end, "actor", ev.actor.kind.code() + ": " + ev.actor.canonicalName, "/actors/" + ev.actor.id);
        }
        if (ev.actorRole != null && visibility.shows(ev.actorRole.status)) {
            return new FactSpan(ev.start, ev.end, "role", "title of " + ev.actorRole.actor.canonicalName + ": " + ev.actorRole.describe(),
                    "/actors/" + ev.actorRole.actor.id);
        }
        if (ev.event != null && visibility.shows(ev.event.status)) {
            return new FactSpan(ev.start, ev.end, "event", ev.event.kind.label() + " on " + ev.event.happened.display() + ": " + ev.event.summary,
                    "/events/" + ev.event.id);
        }
        if (ev.statement != null && visibility.shows(ev.statement.status)) {
            String speaker = ev.statement.speaker == null ? "an unidentified speaker" : ev.statement.speaker.canonicalName;
            return new FactSpan(ev.start, ev.end, "statement", "statement by " + speaker, "/statements/" + ev.statement.id);
        }
        if (ev.position != null && visibility.shows(ev.position.status)) {
            return new FactSpan(ev.start, ev.end, "position",
                    "position: " + ev.position.actor.canonicalName + " " + ev.position.stance.code() + " " + ev.position.issue,
                    "/actors/" + ev.position.actor.id + "#positions-heading");
        }
        return null;
    }
}
