package org.dossier.web.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryPagesTest {

    @Inject
    TestData data;

    @Test
    void showsTheStoryAndItsSources() {
        Source older = data.source("Truce agreed", "A truce was agreed.", Instant.parse("2016-09-10T08:00:00Z"));
        Source newer = data.source("Truce collapses", "The truce collapsed.", Instant.parse("2016-09-20T08:00:00Z"));
        Story story = data.story("Truce", older, newer);

        String page = given().when().get("/stories/" + story.slug)
                .then().statusCode(200)
                .body(containsString("<h1>Truce</h1>"))
                .extract().asString();

        org.assertj.core.api.Assertions.assertThat(page.indexOf("Truce collapses")).isLessThan(page.indexOf("Truce agreed"));
    }

    @Test
    void anUnknownStoryIsA404Page() {
        given().when().get("/stories/no-such-story")
                .then().statusCode(404)
                .body(containsString("No story &#39;no-such-story&#39;"));
    }
}
