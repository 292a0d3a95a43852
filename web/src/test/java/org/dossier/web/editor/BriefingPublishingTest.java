package org.dossier.web.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefingPublishingTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void aPublishedBriefingIsWhatReadersSeeWithTheChosenFacts() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        publish(editor, facts, "The talks are **stuck**.", List.of(facts.meeting().id), List.of(facts.quote().id))
                .then().statusCode(303).header("Location", endsWith("done=published-1"));

        given().when().get("/stories/" + facts.story().slug)
                .then().statusCode(200)
                .body(containsString("Version 1"))
                .body(containsString("<p>The talks are <strong>stuck</strong>.</p>"))
                .body(containsString("<a href=\"/events/" + facts.meeting().id + "\">Envoys meet in Lausanne"))
                .body(containsString("<a href=\"/statements/" + facts.quote().id + "\">evidence</a>"));
    }

    @Test
    void theDraftNeverReachesReaders() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        publish(editor, facts, "Published words.", List.of(), List.of());

        save(editor, facts, "Draft words only editors see.");

        given().when().get("/stories/" + facts.story().slug)
                .then().body(containsString("Published words.")).body(not(containsString("Draft words")));
    }

    @Test
    void readersCanOpenEveryEarlierVersion() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        publish(editor, facts, "First take.", List.of(), List.of());
        publish(editor, facts, "Second take.", List.of(), List.of());

        given().when().get("/stories/" + facts.story().slug).then().body(containsString("Second take.")).body(containsString("Version 2"));
        given().when().get("/stories/" + facts.story().slug + "/versions/1").then().statusCode(200).body(containsString("First take."));
        given().when().get("/stories/" + facts.story().slug + "/versions").then().body(containsString("Version 2")).body(containsString("Version 1"));
        given().when().get("/stories/" + facts.story().slug + "/versions/3").then().statusCode(404);
    }

    @Test
    void hostileMarkdownStaysText() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        publish(editor, facts, "<script>alert(1)</script> [click](javascript:alert) [more](javascript:alert(2)) <img src=x onerror=alert(3)>", List.of(), List.of());

        given().when().get("/stories/" + facts.story().slug)
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("href=\"javascript")))
                .body(not(containsString("<img src=x")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void anEditorStartsAStoryAndLandsOnItsDraft() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String slug = "new-story-" + TestData.unique();

        editor.post("/editor/stories", "/editor/stories", Map.of("slug", slug, "title", "A new story", "keywords", "truce, aid"))
                .then().statusCode(303).header("Location", endsWith("/editor/stories/" + slug + "/briefing"));

        given().when().get("/stories/" + slug).then().statusCode(200).body(containsString("<li>truce</li>"));
    }

    private static io.restassured.response.Response publish(EditorSession editor, StoryFacts facts, String summary, List<Long> events, List<Long> quotes) {
        return compose(editor, facts, "publish", summary, events, quotes);
    }

    private static void save(EditorSession editor, StoryFacts facts, String summary) {
        compose(editor, facts, "save", summary, List.of(), List.of()).then().statusCode(303);
    }

    private static io.restassured.response.Response compose(EditorSession editor, StoryFacts facts, String action, String summary, List<Long> events,
            List<Long> quotes) {
        String page = "/editor/stories/" + facts.story().slug + "/briefing";
        String version = editor.request().when().get(page).then().extract().htmlPath().getString("**.find { it.@name == 'version' }.@value");
        return editor.post(page, page, Map.of("action", action, "title", "Briefing", "summary", summary, "event", events, "statement", quotes,
                "version", version));
    }
}
