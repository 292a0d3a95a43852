package org.dossier.web.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventPageTest {

    @Inject
    TestData data;

    @Test
    void keepsWhenItHappenedApartFromWhenItWasReportedAndRecorded() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/events/" + facts.monthEvent().id)
                .then().statusCode(200)
                .body(containsString("<dt>When it happened</dt><dd><time datetime=\"2016-10\">Oct 2016</time> <span class=\"meta\">(known to the month)</span>"))
                .body(containsString("<dt>First reported</dt><dd><time datetime=\"2016-10-15T12:00:00Z\">15 Oct 2016</time>"))
                .body(containsString("<dt>Recorded by Dossier</dt>"));
    }

    @Test
    void showsTheEvidenceSentenceWithTheSpanMarkedAndLinkedToTheSource() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        int start = facts.source().body.indexOf("met envoys in Lausanne");

        given().when().get("/events/" + facts.meeting().id)
                .then().statusCode(200)
                .body(containsString("GENEVA - Foreign Minister Anna Petrova of Freedonia <mark>met envoys in Lausanne on Saturday</mark> about the"))
                .body(containsString("href=\"/sources/" + facts.source().id + "#span-" + start + "-" + (start + "met envoys in Lausanne on Saturday".length()) + "\""));
    }

    @Test
    void aMeetingShowsItsFormatPlaceAndWhoTookPart() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/events/" + facts.meeting().id)
                .then().statusCode(200)
                .body(containsString("<p class=\"kicker\">Meeting</p>"))
                .body(containsString("<dt>Format</dt><dd>talks</dd>"))
                .body(containsString("<dt>Where</dt><dd>Lausanne</dd>"))
                .body(containsString("Who took part"))
                .body(containsString(">Anna Petrova</a>"));
    }

    @Test
    void aRejectedEventIsNotFound() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/events/" + facts.rejected().id)
                .then().statusCode(404)
                .body(not(containsString("rumoured")));
    }

    @Test
    void anEventNoEditorHasApprovedIsHiddenFromReaders() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");

        given().when().get("/events/" + facts.meeting().id).then().statusCode(404);
        given().when().get("/api/events/" + facts.meeting().id).then().statusCode(404);
        given().when().get("/stories/" + facts.story().slug).then().statusCode(200)
                .body(not(containsString(facts.meeting().summary)), not(containsString("We will keep talking")));
    }

    @Test
    void anUnknownEventIs404() {
        given().when().get("/events/999999999").then().statusCode(404);
    }
}
