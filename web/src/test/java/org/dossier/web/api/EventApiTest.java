package org.dossier.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventApiTest {

    @Inject
    TestData data;

    @Test
    void listsAStorysVisibleEventsNewestFirst() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/events?story=" + facts.story().slug)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(facts.meeting().id.intValue(), facts.monthEvent().id.intValue()))
                .body("items[1].happened.precision", equalTo("month"))
                .body("items[1].happened.start", equalTo("2016-10-01"))
                .body("items[1].happened.end", equalTo("2016-10-31"));
    }

    @Test
    void filtersByActorKindPlaceAndWords() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/events?actor=" + facts.minister().id).then().statusCode(200)
                .body("items.id", contains(facts.meeting().id.intValue()));
        given().when().get("/api/events?story=" + facts.story().slug + "&kind=diplomatic_step").then().statusCode(200)
                .body("items.id", contains(facts.monthEvent().id.intValue()));
        given().when().get("/api/events?story=" + facts.story().slug + "&place=lausanne").then().statusCode(200)
                .body("items.id", contains(facts.meeting().id.intValue()));
        given().when().get("/api/events?q=froze " + facts.marker()).then().statusCode(200)
                .body("items.id", contains(facts.monthEvent().id.intValue()));
    }

    @Test
    void givesOneEventWithParticipantsMeetingAndEvidence() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/events/" + facts.meeting().id)
                .then().statusCode(200)
                .body("kind", equalTo("meeting"))
                .body("happened.display", equalTo("15 Oct 2016"))
                .body("meeting.format", equalTo("talks"))
                .body("place", equalTo("Lausanne"))
                .body("participants.actor.name", hasItem("Anna Petrova"))
                .body("stories", contains(facts.story().slug))
                .body("evidence[0].quote", equalTo("met envoys in Lausanne on Saturday"))
                .body("evidence[0].sourceId", equalTo(facts.source().id.intValue()));
    }

    @Test
    void aRejectedEventIsAProblem404() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/events/" + facts.rejected().id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void badFiltersAreProblem400s() {
        given().when().get("/api/events?kind=rumour").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("kind must be one of meeting, statement"));
        given().when().get("/api/events?actor=lavrov").then().statusCode(400)
                .body("detail", equalTo("actor must be a whole number, not 'lavrov'"));
        given().when().get("/api/events?from=2016-10-20&to=2016-10-01").then().statusCode(400)
                .body("detail", equalTo("from (2016-10-20) must not be after to (2016-10-01)"));
    }

    @Test
    void otherFactsHaveTheirOwnLists() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/statements?story=" + facts.story().slug).then().statusCode(200)
                .body("items.speaker.name", contains("Anna Petrova")).body("items[0].direct", equalTo(true));
        given().when().get("/api/statements/" + facts.quote().id).then().statusCode(200)
                .body("evidence[0].quote", containsString("We will keep talking"));
        given().when().get("/api/meetings?story=" + facts.story().slug).then().statusCode(200)
                .body("items[0].place", equalTo("Lausanne")).body("items[0].eventId", equalTo(facts.meeting().id.intValue()));
        given().when().get("/api/positions?actor=" + facts.country().id).then().statusCode(200)
                .body("items[0].stance", equalTo("opposes")).body("items[0].issue", equalTo("new sanctions on its banks"));
        given().when().get("/api/actors?q=freedonia " + facts.marker()).then().statusCode(200)
                .body("items.id", contains(facts.country().id.intValue()));
        given().when().get("/api/actors/" + facts.minister().id).then().statusCode(200)
                .body("roles[0].title", equalTo("Foreign Minister"))
                .body("roles[0].affiliation.id", equalTo(facts.country().id.intValue()));
    }

    @Test
    void aMergedActorAnswersAsTheActorItBecamePartOf() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        long absorbed = data.duplicateMergedInto(facts.minister().id);

        given().when().get("/api/actors/" + absorbed).then().statusCode(200)
                .body("id", equalTo(facts.minister().id.intValue()))
                .body("aliases", hasItem("Anna Petrova (duplicate)"));
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/events/{id}"))
                .body(containsString("/api/timeline"))
                .body(containsString("/api/stories/{slug}/events.csv"))
                .body(not(containsString("/api/internal")));
    }
}
