package org.dossier.web.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchPageTest {

    @Inject
    TestData data;

    @Test
    void findsEventsStatementsAndSourcesByTheirWords() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/search?q=" + facts.marker())
                .then().statusCode(200)
                .body(containsString("href=\"/events/" + facts.meeting().id + "\""))
                .body(containsString("href=\"/statements/" + facts.quote().id + "\""))
                .body(containsString("href=\"/sources/" + facts.source().id + "\""));
    }

    @Test
    void marksTheMatchingWordsInEachSnippet() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/search?q=" + facts.marker() + "&type=statement")
                .then().statusCode(200)
                .body(containsString("<mark>" + facts.marker() + "</mark>"));
    }

    @Test
    void findsActorsByName() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/search?q=Freedonia " + facts.marker() + "&type=actor")
                .then().statusCode(200)
                .body(containsString("href=\"/actors/" + facts.country().id + "\""));
    }

    @Test
    void aKindKeepsOnlyEventsOfThatKind() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String page = given().when().get("/search?q=" + facts.marker() + "&kind=meeting").then().statusCode(200).extract().asString();

        assertThat(page).contains("/events/" + facts.meeting().id).doesNotContain("/events/" + facts.monthEvent().id)
                .doesNotContain("/statements/" + facts.quote().id);
    }

    @Test
    void aPeriodKeepsEventsWhoseDateOverlapsIt() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String page = given().when().get("/search?q=" + facts.marker() + "&type=event&from=2016-10-20&to=2016-10-31").then().statusCode(200).extract().asString();

        assertThat(page).contains("/events/" + facts.monthEvent().id).doesNotContain("/events/" + facts.meeting().id);
    }

    @Test
    void aStoryKeepsOnlyItsFacts() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        StoryFacts other = data.storyWithFacts("Anna Petrova");

        String page = given().when().get("/search?q=Lausanne&type=event&story=" + facts.story().slug).then().statusCode(200).extract().asString();

        assertThat(page).contains("/events/" + facts.meeting().id).doesNotContain("/events/" + other.meeting().id);
    }

    @Test
    void neverFindsARejectedFact() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/search?q=rumoured " + facts.marker() + "&type=event")
                .then().statusCode(200)
                .body(not(containsString("/events/" + facts.rejected().id)));
    }

    @Test
    void pagesThroughManyResults() {
        var story = data.storyWithManyEvents(45, java.time.LocalDate.of(1950, 1, 1));

        given().when().get("/search?story=" + story.slug + "&type=event&page=3")
                .then().statusCode(200)
                .body(containsString("45 results"))
                .body(containsString("Page 3 of 3"))
                .body(containsString("rel=\"prev\""))
                .body(not(containsString("rel=\"next\"")));
    }

    @Test
    void escapesHostileTextInSnippetsAndTitles() {
        StoryFacts facts = data.storyWithFacts(TestData.HOSTILE);

        given().when().get("/search?q=" + facts.marker())
                .then().statusCode(200)
                .body(not(containsString(TestData.HOSTILE)))
                .body(not(containsString("<img")));
    }

    @Test
    void aMalformedDateIsA400NamingIt() {
        given().queryParam("q", "talks").queryParam("from", "last week").when().get("/search")
                .then().statusCode(400)
                .body(containsString("from must be a date as YYYY-MM-DD, not &#39;last week&#39;"));
    }

    @Test
    void anUnknownTypeIsA400ListingTheTypes() {
        given().when().get("/search?q=talks&type=rumour")
                .then().statusCode(400)
                .body(containsString("type must be one of event, statement, actor, source"));
    }

    @Test
    void withoutWordsOrFiltersItOnlyOffersTheForm() {
        given().when().get("/search")
                .then().statusCode(200)
                .body(containsString("<label for=\"q\">Words</label>"))
                .body(not(containsString("results-heading")));
    }
}
