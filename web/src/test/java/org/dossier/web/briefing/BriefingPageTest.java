package org.dossier.web.briefing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefingPageTest {

    @Inject
    TestData data;

    @Test
    void listsTheLatestDevelopmentsNewestFirstEachAtItsPrecision() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String page = given().when().get("/stories/" + facts.story().slug).then().statusCode(200).extract().asString();

        String developments = section(page, "developments-heading");
        assertThat(developments).contains(">15 Oct 2016</time>", ">Oct 2016</time>");
        assertThat(developments.indexOf("15 Oct 2016")).isLessThan(developments.indexOf(">Oct 2016<"));
    }

    @Test
    void neverShowsARejectedFact() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/stories/" + facts.story().slug)
                .then().statusCode(200)
                .body(not(containsString("rumoured ceasefire")));
    }

    @Test
    void namesWhoIsWhoWithTheirCurrentTitleAndAffiliation() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String page = given().when().get("/stories/" + facts.story().slug).then().statusCode(200).extract().asString();

        assertThat(section(page, "who-heading")).contains("Anna Petrova", "Foreign Minister, Freedonia " + facts.marker());
    }

    @Test
    void showsPositionsAsAGridLinkingToTheEvidence() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String grid = section(given().when().get("/stories/" + facts.story().slug).then().extract().asString(), "positions-heading");

        assertThat(grid).contains("<th scope=\"col\">new sanctions on its banks</th>", "opposes", "since 15 Oct 2016")
                .contains("href=\"/sources/" + facts.source().id + "#span-");
    }

    @Test
    void quotesKeyStatementsWithTheirSpeakers() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String quotes = section(given().when().get("/stories/" + facts.story().slug).then().extract().asString(), "quotes-heading");

        assertThat(quotes).contains("“We will keep talking about " + facts.marker(), "<a href=\"/actors/" + facts.minister().id + "\">Anna Petrova</a>");
    }

    @Test
    void listsMeetingsWithPlaceAndParticipants() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String meetings = section(given().when().get("/stories/" + facts.story().slug).then().extract().asString(), "meetings-heading");

        assertThat(meetings).contains("talks in Lausanne", "Anna Petrova", "Freedonia " + facts.marker());
    }

    @Test
    void saysAsOfWhenAndLinksTheTimelineAndExports() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/stories/" + facts.story().slug)
                .then().statusCode(200)
                .body(containsString("As of <time datetime=\"2016-10-15T12:00:00Z\">15 Oct 2016</time>"))
                .body(containsString("href=\"/stories/" + facts.story().slug + "/timeline\""))
                .body(containsString("/api/stories/" + facts.story().slug + "/events.csv"));
    }

    @Test
    void listsItsSourcesNewestFirst() {
        Source older = data.source("Truce agreed", "A truce was agreed.", Instant.parse("2016-09-10T08:00:00Z"));
        Source newer = data.source("Truce collapses", "The truce collapsed.", Instant.parse("2016-09-20T08:00:00Z"));
        Story story = data.story("Truce", older, newer);

        String page = given().when().get("/stories/" + story.slug).then().statusCode(200).body(containsString("<h1>Truce</h1>")).extract().asString();

        assertThat(page.indexOf("Truce collapses")).isLessThan(page.indexOf("Truce agreed"));
    }

    @Test
    void escapesHostileTextInEveryFact() {
        StoryFacts facts = data.storyWithFacts(TestData.HOSTILE);

        given().when().get("/stories/" + facts.story().slug)
                .then().statusCode(200)
                .body(not(containsString(TestData.HOSTILE)))
                .body(containsString("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void answersABrowserThatHasTheCurrentVersionWith304() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String etag = given().when().get("/stories/" + facts.story().slug).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/stories/" + facts.story().slug).then().statusCode(304);
    }

    @Test
    void aChangeToAnyFactChangesTheVersion() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String before = given().when().get("/stories/" + facts.story().slug).then().extract().header("ETag");

        data.storyWithFacts("Someone Else");

        given().header("If-None-Match", before).when().get("/stories/" + facts.story().slug).then().statusCode(200);
    }

    @Test
    void anUnknownStoryIsA404Page() {
        given().when().get("/stories/no-such-story")
                .then().statusCode(404)
                .body(containsString("No story &#39;no-such-story&#39;"));
    }

    /** The HTML of the section whose heading has this id. */
    static String section(String page, String headingId) {
        int start = page.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as("section %s", headingId).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }
}
