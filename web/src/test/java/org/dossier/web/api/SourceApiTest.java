package org.dossier.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.dossier.core.source.Source;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceApiTest {

    @Inject
    TestData data;

    @Test
    void listsSourcesAPageAtATimeWithTheTotal() {
        data.source("One", "First.", Instant.parse("2016-10-01T00:00:00Z"));
        data.source("Two", "Second.", Instant.parse("2016-10-02T00:00:00Z"));

        given().queryParam("size", 1).when().get("/api/sources")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void returnsOneSourceWithItsTextAndStories() {
        Source source = data.source("Council meets", "The council met.", Instant.parse("2016-10-08T12:00:00Z"));
        String slug = data.story("Council", source).slug;

        given().when().get("/api/sources/" + source.id)
                .then().statusCode(200)
                .body("title", equalTo("Council meets"))
                .body("outlet", equalTo("Test Wire"))
                .body("publishedAt", equalTo("2016-10-08T12:00:00Z"))
                .body("text", startsWith("The council met."))
                .body("stories", hasItem(slug));
    }

    @Test
    void anUnknownSourceIsA404Problem() {
        given().when().get("/api/sources/987654321")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No source 987654321"))
                .body("instance", equalTo("/api/sources/987654321"));
    }

    @Test
    void aPageBelowOneIsA400Problem() {
        given().queryParam("page", 0).when().get("/api/sources")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("page must be 1 or more, not 0"));
    }

    @Test
    void anOversizedPageIsA400Problem() {
        given().queryParam("size", 1000).when().get("/api/sources")
                .then().statusCode(400)
                .body("detail", equalTo("size must be between 1 and 100, not 1000"));
    }

    @Test
    void aPageThatIsNotANumberIsA400Problem() {
        given().queryParam("page", "two").when().get("/api/sources")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("page must be a whole number, not 'two'"));
    }

    @Test
    void hostileTextComesBackAsPlainJsonText() {
        Source source = data.source(TestData.HOSTILE, "Body.", Instant.now());

        given().when().get("/api/sources/" + source.id)
                .then().statusCode(200)
                .contentType("application/json")
                .body("title", equalTo(TestData.HOSTILE));
    }
}
