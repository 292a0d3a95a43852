package org.dossier.core.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.dossier.core.briefing.BriefingVersion.KeyEvent;
import org.dossier.core.briefing.BriefingVersion.KeyQuote;
import org.dossier.core.briefing.BriefingVersion.PublishedContent;
import org.dossier.core.source.Source;

/** Publishes a briefing's draft as its next numbered version, frozen as it reads now. */
@ApplicationScoped
public class BriefingPublisher {

    @Transactional
    public BriefingVersion publish(Briefing draft, Long publishedBy) {
        int next = BriefingVersion.latest(draft).map(v -> v.number + 1).orElse(1);
        List<KeyEvent> events = draft.items.stream().map(i -> i.event).filter(Objects::nonNull)
                .map(e -> new KeyEvent(e.id, e.happened.display(), e.kind.label(), e.summary)).toList();
        List<KeyQuote> quotes = draft.items.stream().map(i -> i.statement).filter(Objects::nonNull)
                .map(s -> new KeyQuote(s.id, s.speaker == null ? null : s.speaker.canonicalName, s.speaker == null ? null : s.speaker.id,
                        s.content, s.direct)).toList();
        BriefingVersion version = BriefingVersion.of(draft, next, new PublishedContent(events, quotes), asOf(draft), publishedBy);
        version.persist();
        return version;
    }

    private static LocalDate asOf(Briefing draft) {
        Instant newest = Source.find("select max(s.publishedAt) from Story st join st.sources s where st = ?1", draft.story)
                .project(Instant.class).firstResult();
        return (newest == null ? Instant.now() : newest).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
