package org.dossier.web.editor.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.dossier.core.statement.Position;

final class RecordedPosition implements RecordedFact<Position> {

    @Override
    public Class<Position> type() {
        return Position.class;
    }

    @Override
    public String name(Position position) {
        return position.actor.canonicalName + " " + position.stance.code() + " " + position.issue;
    }

    @Override
    public String editPath(long id) {
        return "/editor/positions/" + id;
    }

    @Override
    public Optional<String> readerPath(long id) {
        return Optional.empty();
    }

    @Override
    public int version(Position position) {
        return position.version;
    }

    @Override
    public LinkedHashMap<String, String> fields(Position position) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("who", position.actor.canonicalName);
        fields.put("stance", position.stance.code());
        fields.put("issue", position.issue);
        fields.put("since", Shown.date(position.since));
        fields.put("status", position.status.code());
        return fields;
    }

    @Override
    public void restore(Position current, Position then) {
        current.actor = then.actor;
        current.stance = then.stance;
        current.issue = then.issue;
        current.since = then.since;
        current.status = then.status;
        current.editedAt = Instant.now();
    }
}
