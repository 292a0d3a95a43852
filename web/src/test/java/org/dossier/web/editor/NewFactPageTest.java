package org.dossier.web.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NewFactPageTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void anEditorAddsAnEventWithTheArticlesWordsAsEvidence() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String form = "/editor/sources/" + facts.source().id + "/new";

        String location = editor.post(form, form + "/event", Map.of("summary", "Freedonia sets out its sanctions stance", "kind", "diplomatic_step",
                        "when", "2016-10-15", "actors", "Anna Petrova", "evidence", "Freedonia opposes new sanctions on its banks"))
                .then().statusCode(303).header("Location", matchesRegex(".*/events/\\d+")).extract().header("Location");

        given().when().get(location.replaceAll("^.*(/events/\\d+)$", "$1")).then().statusCode(200)
                .body(containsString("<mark>Freedonia opposes new sanctions on its banks</mark>"))
                .body(not(containsString("unreviewed")));
        given().when().get("/stories/" + facts.story().slug).then().body(containsString("Freedonia sets out its sanctions stance"));
    }

    @Test
    void anEditorAddsAStatement() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String form = "/editor/sources/" + facts.source().id + "/new";

        editor.post(form, form + "/statement", Map.of("speaker", "Anna Petrova", "content", "Freedonia opposes new sanctions on its banks",
                        "cue", "said", "evidence", "Freedonia opposes new sanctions on its banks"))
                .then().statusCode(303).header("Location", matchesRegex(".*/statements/\\d+"));
    }

    @Test
    void evidenceThatIsNotInTheArticleIsRefused() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String form = "/editor/sources/" + facts.source().id + "/new";

        editor.post(form, form + "/event", Map.of("summary", "Made up", "kind", "other", "when", "2016", "evidence", "words nobody wrote"))
                .then().statusCode(400).body(containsString("The evidence must be words of the article, exactly as written."));
    }

    private static org.hamcrest.Matcher<String> not(org.hamcrest.Matcher<String> matcher) {
        return org.hamcrest.Matchers.not(matcher);
    }
}
