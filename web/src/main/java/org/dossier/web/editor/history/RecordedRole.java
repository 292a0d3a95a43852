package org.dossier.web.editor.history;

import java.util.LinkedHashMap;
import java.util.Optional;
import org.dossier.core.actor.ActorRole;

final class RecordedRole implements RecordedFact<ActorRole> {

    @Override
    public Class<ActorRole> type() {
        return ActorRole.class;
    }

    @Override
    public String name(ActorRole role) {
        return role.actor.canonicalName + ", " + role.describe();
    }

    @Override
    public String editPath(long id) {
        return "/editor/roles/" + id;
    }

    @Override
    public Optional<String> readerPath(long id) {
        return Optional.empty();
    }

    @Override
    public int version(ActorRole role) {
        return role.version;
    }

    @Override
    public LinkedHashMap<String, String> fields(ActorRole role) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("title", role.title);
        fields.put("of", role.affiliation == null ? null : role.affiliation.canonicalName);
        fields.put("from", role.validFrom == null ? null : role.validFrom.toString());
        fields.put("until", role.validTo == null ? null : role.validTo.toString());
        fields.put("status", role.status.code());
        return fields;
    }

    @Override
    public void restore(ActorRole current, ActorRole then) {
        current.title = then.title;
        current.affiliation = then.affiliation;
        current.validFrom = then.validFrom;
        current.validTo = then.validTo;
        current.status = then.status;
    }
}
