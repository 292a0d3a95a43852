package org.dossier.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorResponsesTest {

    @Test
    void anUnknownPageIsA404PageOfTheSite() {
        given().accept("text/html").when().get("/no/such/page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Not Found</h1>"))
                .body(containsString("Nothing lives at /no/such/page"))
                .body(containsString("class=\"site-header\""));
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("about:blank"));
    }

    @Test
    void aJsonClientGetsProblemsEverywhere() {
        given().accept("application/json").when().get("/no/such/page")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().when().delete("/api/sources")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }
}
