package org.dossier.web.editor.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import org.dossier.core.statement.Position;

final class RecordedPosition extends RecordedFact<Position> {

    RecordedPosition() {
        super(Position.class, "/editor/positions/", null);
    }

    @Override
    String name(Position position) {
        return position.actor.canonicalName + " " + position.stance.code() + " " + position.issue;
    }

    @Override
    int version(Position position) {
        return position.version;
    }

    @Override
    LinkedHashMap<String, String> fields(Position position) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("who", position.actor.canonicalName);
        fields.put("stance", position.stance.code());
        fields.put("issue", position.issue);
        fields.put("since", Shown.date(position.since));
        fields.put("status", position.status.code());
        return fields;
    }

    @Override
    void restore(Position current, Position then) {
        current.actor = then.actor;
        current.stance = then.stance;
        current.issue = then.issue;
        current.since = then.since;
        current.status = then.status;
        current.editedAt = Instant.now();
    }
}
