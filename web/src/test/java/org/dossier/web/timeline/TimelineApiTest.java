package org.dossier.web.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dossier.core.story.Story;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineApiTest {

    @Inject
    TestData data;

    @Test
    void answersTheEventsOverlappingTheWindow() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/timeline?story=" + facts.story().slug + "&from=2016-10-14&to=2016-10-16")
                .then().statusCode(200)
                .body("aggregated", equalTo(false))
                .body("total", equalTo(2))
                .body("items.eventId", contains(facts.monthEvent().id.intValue(), facts.meeting().id.intValue()));
    }

    @Test
    void drawsAMonthPreciseEventOverItsMonth() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/timeline?story=" + facts.story().slug + "&from=2016-10-01&to=2016-10-31&kind=diplomatic_step")
                .then().statusCode(200)
                .body("items[0].start", equalTo("2016-10-01"))
                .body("items[0].end", equalTo("2016-10-31"))
                .body("items[0].precision", equalTo("month"))
                .body("items[0].display", equalTo("Oct 2016"));
    }

    @Test
    void countsPerPeriodWhenTheWindowHoldsTooManyEvents() {
        Story story = data.storyWithManyEvents(400, LocalDate.of(1960, 1, 1));

        given().when().get("/api/timeline?story=" + story.slug + "&from=1960-01-01&to=1961-12-31")
                .then().statusCode(200)
                .body("aggregated", equalTo(true))
                .body("total", equalTo(400))
                .body("unit", equalTo("week"))
                .body("items", empty())
                .body("clusters.size()", lessThanOrEqualTo(120))
                .body("clusters[0].start", equalTo("1959-12-28")) // the Monday of the week holding Friday 1 January
                .body("clusters[0].count", equalTo(3));
    }

    @Test
    void aNarrowWindowOfTheSameEventsListsThemOneByOne() {
        Story story = data.storyWithManyEvents(400, LocalDate.of(1962, 1, 1));

        given().when().get("/api/timeline?story=" + story.slug + "&from=1962-01-01&to=1962-01-31")
                .then().statusCode(200)
                .body("aggregated", equalTo(false))
                .body("items", hasSize(31));
    }

    @Test
    void dividesItemsIntoLanesByKindOrByActor() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String window = "/api/timeline?story=" + facts.story().slug + "&from=2016-10-01&to=2016-10-31";

        given().when().get(window + "&lanes=kind").then().statusCode(200)
                .body("laneKind", equalTo("kind"))
                .body("lanes.id", hasItem("meeting"))
                .body("items.lane", contains("diplomatic_step", "meeting"));
        given().when().get(window + "&lanes=actor").then().statusCode(200)
                .body("lanes.id", hasItem("a" + facts.minister().id))
                .body("items.findAll { it.eventId == " + facts.meeting().id + " }.lane",
                        containsInAnyOrder("a" + facts.minister().id, "a" + facts.country().id));
    }

    @Test
    void neverIncludesARejectedEvent() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/api/timeline?story=" + facts.story().slug + "&from=2016-10-01&to=2016-10-31")
                .then().statusCode(200)
                .body("items.eventId", everyItem(org.hamcrest.Matchers.not(equalTo(facts.rejected().id.intValue()))));
    }

    @Test
    void theWindowIsRequired() {
        given().when().get("/api/timeline?from=2016-10-01")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("from and to are required: the window to show, as YYYY-MM-DD"));
    }

    @Test
    void unknownLanesAreA400() {
        given().when().get("/api/timeline?from=2016-10-01&to=2016-10-31&lanes=colour")
                .then().statusCode(400)
                .body("detail", equalTo("lanes must be one of none, kind, actor, not 'colour'"));
    }

    @Test
    void aBrowserHoldingTheCurrentWindowGets304() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String url = "/api/timeline?story=" + facts.story().slug + "&from=2016-10-01&to=2016-10-31";
        String etag = given().when().get(url).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get(url).then().statusCode(304);
    }
}
