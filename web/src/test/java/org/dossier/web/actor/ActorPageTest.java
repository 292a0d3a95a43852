package org.dossier.web.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorPageTest {

    @Inject
    TestData data;

    @Test
    void showsTitlesWithAffiliationAndWhenTheyWereFirstReported() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/actors/" + facts.minister().id)
                .then().statusCode(200)
                .body(containsString("<h1>Anna Petrova</h1>"))
                .body(containsString("Foreign Minister, <a href=\"/actors/" + facts.country().id + "\">Freedonia " + facts.marker() + "</a>"))
                .body(containsString("first reported <time datetime=\"2016-10-15T12:00:00Z\">15 Oct 2016</time>"));
    }

    @Test
    void showsWhatTheActorSaid() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/actors/" + facts.minister().id)
                .then().statusCode(200)
                .body(containsString("“We will keep talking about " + facts.marker()))
                .body(containsString("href=\"/statements/" + facts.quote().id + "\""));
    }

    @Test
    void showsPositionsAndTheMeetingsAttended() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/actors/" + facts.country().id)
                .then().statusCode(200)
                .body(containsString("<strong>new sanctions on its banks</strong>"))
                .body(containsString("href=\"/events/" + facts.meeting().id + "\""))
                .body(containsString("href=\"/events/" + facts.monthEvent().id + "\""));
    }

    @Test
    void marksAPositionThatChanged() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        data.laterStance(facts);

        given().when().get("/actors/" + facts.country().id)
                .then().statusCode(200)
                .body(containsString("badge--change"));
    }

    @Test
    void aStanceOnTheSameIssueWordedOtherwiseIsItsChange() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        data.laterStance(facts, "The new sanctions on its banks");

        given().when().get("/actors/" + facts.country().id)
                .then().statusCode(200)
                .body(containsString("badge--change"))
                .body(not(containsString("<strong>The new sanctions on its banks</strong>")));
    }

    @Test
    void aMergedActorsPageMovesToTheActorItBecamePartOf() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        long absorbed = data.duplicateMergedInto(facts.minister().id);

        given().redirects().follow(false).when().get("/actors/" + absorbed)
                .then().statusCode(301)
                .header("Location", endsWith("/actors/" + facts.minister().id));
    }

    @Test
    void escapesAHostileName() {
        StoryFacts facts = data.storyWithFacts(TestData.HOSTILE);

        given().when().get("/actors/" + facts.minister().id)
                .then().statusCode(200)
                .body(not(containsString(TestData.HOSTILE)));
    }

    @Test
    void anUnknownActorIs404() {
        given().when().get("/actors/999999999").then().statusCode(404);
    }

    @Test
    void aMalformedIdIs404() {
        given().when().get("/actors/lavrov").then().statusCode(404);
    }
}
