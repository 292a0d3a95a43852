package org.dossier.web.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementPageTest {

    @Inject
    TestData data;

    @Test
    void showsTheQuoteItsSpeakerAndTheEvidence() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/statements/" + facts.quote().id)
                .then().statusCode(200)
                .body(containsString("<p class=\"kicker\">Direct quote</p>"))
                .body(containsString("<h1>Anna Petrova said</h1>"))
                .body(containsString("<mark>We will keep talking about " + facts.marker() + " and Anna Petrova</mark>"));
    }

    @Test
    void escapesAHostileQuote() {
        StoryFacts facts = data.storyWithFacts(TestData.HOSTILE);

        given().when().get("/statements/" + facts.quote().id)
                .then().statusCode(200)
                .body(not(containsString(TestData.HOSTILE)));
    }

    @Test
    void anUnknownStatementIs404() {
        given().when().get("/statements/999999999").then().statusCode(404);
    }
}
