package org.dossier.web.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MergePageTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void mergesADuplicateIntoTheActorThatStays() {
        String family = "Petrova" + TestData.unique();
        StoryFacts first = data.storyWithFacts("Anna " + family);
        StoryFacts second = data.storyWithFacts("A. " + family);
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/actors/merge?q=" + family, "/editor/actors/merge",
                        Map.of("absorbed", second.minister().id, "survivor", first.minister().id))
                .then().statusCode(303).header("Location", endsWith("/actors/" + first.minister().id));

        given().when().get("/actors/" + first.minister().id).then().statusCode(200)
                .body(containsString(second.minister().canonicalName));
        given().redirects().follow(false).when().get("/actors/" + second.minister().id).then().statusCode(301);
    }

    @Test
    void anActorCannotBeMergedIntoItself() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/actors/merge?q=petrova", "/editor/actors/merge",
                        Map.of("absorbed", facts.minister().id, "survivor", facts.minister().id))
                .then().statusCode(400);
    }

    @Test
    void aWrongMergeIsUndoneExactly() {
        String family = "Petrova" + TestData.unique();
        StoryFacts first = data.storyWithFacts("Anna " + family);
        StoryFacts second = data.storyWithFacts("A. " + family);
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        editor.post("/editor/actors/merge?q=" + family, "/editor/actors/merge", Map.of("absorbed", second.minister().id, "survivor", first.minister().id));
        String page = editor.request().when().get("/editor/actors/merge").then().extract().asString();
        java.util.regex.Matcher undo = java.util.regex.Pattern.compile("#" + second.minister().id + " .*?action=\"(/editor/actors/merge/\\d+/undo)\"",
                java.util.regex.Pattern.DOTALL).matcher(page);
        org.assertj.core.api.Assertions.assertThat(undo.find()).isTrue();

        editor.post("/editor/actors/merge", undo.group(1), Map.of()).then().log().ifValidationFails().statusCode(303);

        given().redirects().follow(false).when().get("/actors/" + second.minister().id).then().statusCode(200)
                .body(containsString("<h1>A. " + family + "</h1>"))
                .body(containsString("“We will keep talking about " + second.marker()))
                .body(containsString("Foreign Minister"));
        given().when().get("/actors/" + first.minister().id).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("A. " + family)));
        given().when().get("/api/events/" + second.meeting().id).then()
                .body("participants.actor.id", org.hamcrest.Matchers.hasItem(second.minister().id.intValue()));
    }
}
