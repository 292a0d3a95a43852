package org.dossier.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.dossier.core.source.Source;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryApiTest {

    @Inject
    TestData data;

    @Test
    void listsTheStories() {
        String slug = data.story("Listed story").slug;

        given().when().get("/api/stories").then().statusCode(200).body("slug", hasItem(slug));
    }

    @Test
    void returnsAStoryWithItsSources() {
        Source source = data.source("Filed", "Filed here.", Instant.parse("2016-10-03T00:00:00Z"));
        String slug = data.story("With a source", source).slug;

        given().when().get("/api/stories/" + slug)
                .then().statusCode(200)
                .body("story.title", equalTo("With a source"))
                .body("sources[0].title", equalTo("Filed"));
    }

    @Test
    void anUnknownStoryIsA404Problem() {
        given().when().get("/api/stories/no-such-story")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No story 'no-such-story'"));
    }
}
