package org.dossier.web.editor.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.dossier.core.statement.Statement;

final class RecordedStatement implements RecordedFact<Statement> {

    @Override
    public Class<Statement> type() {
        return Statement.class;
    }

    @Override
    public String name(Statement statement) {
        return Shown.speaker(statement) + ": " + statement.content;
    }

    @Override
    public String editPath(long id) {
        return "/editor/statements/" + id;
    }

    @Override
    public Optional<String> readerPath(long id) {
        return Optional.of("/statements/" + id);
    }

    @Override
    public int version(Statement statement) {
        return statement.version;
    }

    @Override
    public LinkedHashMap<String, String> fields(Statement statement) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("speaker", Shown.speaker(statement));
        fields.put("what was said", statement.content);
        fields.put("quoted", statement.direct ? "directly" : "indirectly");
        fields.put("verb", statement.cueVerb);
        fields.put("when it was said", Shown.date(statement.said));
        fields.put("status", statement.status.code());
        return fields;
    }

    @Override
    public void restore(Statement current, Statement then) {
        current.speaker = then.speaker;
        current.content = then.content;
        current.direct = then.direct;
        current.cueVerb = then.cueVerb;
        current.said = then.said;
        current.status = then.status;
        current.editedAt = Instant.now();
    }
}
