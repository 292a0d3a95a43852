package org.dossier.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthReportsTheDatabaseUp() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/sources/{id}"))
                .body(containsString("/api/stories"));
    }

    @Test
    void theStyleSheetIsServed() {
        given().when().get("/css/dossier.css").then().statusCode(200).contentType(containsString("text/css"));
    }
}
