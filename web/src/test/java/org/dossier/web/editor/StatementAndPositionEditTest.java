package org.dossier.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Stance;
import org.dossier.core.statement.Statement;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementAndPositionEditTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void anEditorGivesAStatementItsRightSpeaker() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/statements/" + facts.quote().id;
        String speaker = "Boris Ivanov " + TestData.unique();

        editor.post(page, page, Map.of("speaker", speaker, "content", facts.quote().content, "direct", true, "cue", "told reporters", "version", 0))
                .then().statusCode(303);

        Statement statement = QuarkusTransaction.requiringNew().call(() -> {
            Statement s = Statement.findById(facts.quote().id);
            s.speaker.canonicalName.length();
            return s;
        });
        assertThat(statement.speaker.canonicalName).isEqualTo(speaker);
        assertThat(statement.cueVerb).isEqualTo("told reporters");
    }

    @Test
    void aStatementSavedMeanwhileIsAConflictShowingTheirs() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/statements/" + facts.quote().id;
        editor.post(page, page, Map.of("speaker", "First Editor Choice", "content", "x", "version", 0));

        editor.post(page, page, Map.of("speaker", "Second Editor Choice", "content", "y", "version", 0))
                .then().statusCode(409).body(containsString("<dd>First Editor Choice</dd>")).body(containsString("value=\"Second Editor Choice\""));
    }

    @Test
    void anEditorCorrectsAStance() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/positions/" + facts.position().id;

        editor.post(page, page, Map.of("stance", "warns", "issue", "sanctions on its banks", "version", 0)).then().statusCode(303);

        Position position = QuarkusTransaction.requiringNew().call(() -> Position.findById(facts.position().id));
        assertThat(position.stance).isEqualTo(Stance.WARNS);
        assertThat(position.issue).isEqualTo("sanctions on its banks");
    }

    @Test
    void anUnknownStanceIsExplained() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/positions/" + facts.position().id;

        editor.post(page, page, Map.of("stance", "adores", "issue", "x", "version", 0)).then().statusCode(400)
                .body(containsString("&#39;adores&#39; is not a Stance"));
    }
}
