package org.dossier.web.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventMergeTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void theSurvivorGainsTheDuplicatesEvidenceAndStoriesAndItsAddressMoves() {
        StoryFacts first = data.storyWithFacts("Anna Petrova");
        StoryFacts second = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/event-merges", "/editor/event-merges", Map.of("absorbed", second.meeting().id, "survivor", first.meeting().id))
                .then().statusCode(303).header("Location", endsWith("/events/" + first.meeting().id));

        given().when().get("/api/events/" + first.meeting().id).then().statusCode(200).body("evidence", hasSize(2))
                .body("stories", hasSize(2));
        given().redirects().follow(false).when().get("/events/" + second.meeting().id)
                .then().statusCode(301).header("Location", endsWith("/events/" + first.meeting().id));
    }

    @Test
    void foundEventsOfferBothChoicesNamedByTheirNumber() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String words = facts.meeting().summary.substring(facts.meeting().summary.indexOf("Lausanne"));

        String page = editor.request().queryParam("q", words).when().get("/editor/event-merges").then().statusCode(200).extract().asString();

        long id = facts.meeting().id;
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("name=\"absorbed\" value=\"" + id + "\" aria-label=\"#" + id + " is the duplicate\"")
                .contains("name=\"survivor\" value=\"" + id + "\" aria-label=\"#" + id + " stays\"");
    }

    @Test
    void aMergeIsUndoneExactly() {
        StoryFacts first = data.storyWithFacts("Anna Petrova");
        StoryFacts second = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        editor.post("/editor/event-merges", "/editor/event-merges", Map.of("absorbed", second.meeting().id, "survivor", first.meeting().id));
        String page = editor.request().when().get("/editor/event-merges").then().extract().asString();
        Matcher undo = Pattern.compile("#" + second.meeting().id + " .*?action=\"(/editor/event-merges/\\d+/undo)\"", Pattern.DOTALL).matcher(page);
        org.assertj.core.api.Assertions.assertThat(undo.find()).isTrue();

        editor.post("/editor/event-merges", undo.group(1), Map.of()).then().statusCode(303);

        given().when().get("/api/events/" + first.meeting().id).then().body("evidence", hasSize(1)).body("stories", hasSize(1));
        given().when().get("/api/events/" + second.meeting().id).then().statusCode(200).body("status", equalTo("approved"))
                .body("evidence", hasSize(1));
        given().when().get("/stories/" + second.story().slug).then().body(containsString("/events/" + second.meeting().id));
    }

    @Test
    void anEventCannotBeMergedIntoItself() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/event-merges", "/editor/event-merges", Map.of("absorbed", facts.meeting().id, "survivor", facts.meeting().id))
                .then().statusCode(400);
    }
}
