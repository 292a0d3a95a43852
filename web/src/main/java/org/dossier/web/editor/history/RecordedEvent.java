package org.dossier.web.editor.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.dossier.core.event.Event;

final class RecordedEvent extends RecordedFact<Event> {

    RecordedEvent() {
        super(Event.class, "/editor/events/", "/events/");
    }

    @Override
    String name(Event event) {
        return event.summary;
    }

    @Override
    int version(Event event) {
        return event.version;
    }

    @Override
    LinkedHashMap<String, String> fields(Event event) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", event.summary);
        fields.put("kind", event.kind.label());
        fields.put("when it happened", Shown.date(event.happened));
        fields.put("place", event.place == null ? null : event.place.name);
        fields.put("who took part", event.participants.stream()
                .map(p -> p.actor.canonicalName + " (" + p.role.code() + ")").sorted().collect(Collectors.joining(", ")));
        fields.put("status", event.status.code());
        return fields;
    }

    @Override
    void restore(Event current, Event then) {
        current.summary = then.summary;
        current.kind = then.kind;
        current.happened = then.happened;
        current.place = then.place;
        current.participants.clear();
        current.participants.addAll(new LinkedHashSet<>(then.participants));
        current.status = then.status;
        current.editedAt = Instant.now();
    }
}
