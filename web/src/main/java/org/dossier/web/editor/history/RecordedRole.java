package org.dossier.web.editor.history;

import java.util.LinkedHashMap;
import org.dossier.core.actor.ActorRole;

final class RecordedRole extends RecordedFact<ActorRole> {

    RecordedRole() {
        super(ActorRole.class, "/editor/roles/", null);
    }

    @Override
    String name(ActorRole role) {
        return role.actor.canonicalName + ", " + role.describe();
    }

    @Override
    int version(ActorRole role) {
        return role.version;
    }

    @Override
    LinkedHashMap<String, String> fields(ActorRole role) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("title", role.title);
        fields.put("of", role.affiliation == null ? null : role.affiliation.canonicalName);
        fields.put("from", role.validFrom == null ? null : role.validFrom.toString());
        fields.put("until", role.validTo == null ? null : role.validTo.toString());
        fields.put("status", role.status.code());
        return fields;
    }

    @Override
    void restore(ActorRole current, ActorRole then) {
        current.title = then.title;
        current.affiliation = then.affiliation;
        current.validFrom = then.validFrom;
        current.validTo = then.validTo;
        current.status = then.status;
    }
}
