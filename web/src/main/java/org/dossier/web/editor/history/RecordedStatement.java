package org.dossier.web.editor.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import org.dossier.core.statement.Statement;

final class RecordedStatement extends RecordedFact<Statement> {

    RecordedStatement() {
        super(Statement.class, "/editor/statements/", "/statements/");
    }

    @Override
    String name(Statement statement) {
        return Shown.speaker(statement) + ": " + statement.content;
    }

    @Override
    int version(Statement statement) {
        return statement.version;
    }

    @Override
    LinkedHashMap<String, String> fields(Statement statement) {
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
    void restore(Statement current, Statement then) {
        current.speaker = then.speaker;
        current.content = then.content;
        current.direct = then.direct;
        current.cueVerb = then.cueVerb;
        current.said = then.said;
        current.status = then.status;
        current.editedAt = Instant.now();
    }
}
