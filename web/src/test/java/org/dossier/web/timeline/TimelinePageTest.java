package org.dossier.web.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelinePageTest {

    @Inject
    TestData data;

    @Test
    void listsTheFirstWindowWithoutJavaScript() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/stories/" + facts.story().slug + "/timeline")
                .then().statusCode(200)
                .body(containsString("<time datetime=\"2016-10-15\">15 Oct 2016</time> <a href=\"/events/" + facts.meeting().id + "\">"))
                .body(containsString("<time datetime=\"2016-10-01\">Oct 2016</time>"))
                .body(containsString("2 events"));
    }

    @Test
    void startsOnThePeriodTheEventsCover() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/stories/" + facts.story().slug + "/timeline")
                .then().statusCode(200)
                .body(containsString("id=\"f-from\" name=\"from\" type=\"date\" value=\"2016-09-28\""))
                .body(containsString("id=\"f-to\" name=\"to\" type=\"date\" value=\"2016-11-03\""));
    }

    @Test
    void keepsTheFilterInTheFormAndTheScriptsConfiguration() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/stories/" + facts.story().slug + "/timeline?kind=meeting&lanes=actor&selected=" + facts.meeting().id)
                .then().statusCode(200)
                .body(containsString("<option value=\"meeting\" selected>meeting</option>"))
                .body(containsString("<option value=\"actor\" selected>by actor</option>"))
                .body(containsString("&quot;selected&quot;:&quot;" + facts.meeting().id + "&quot;"))
                .body(not(containsString("/events/" + facts.monthEvent().id + "\"")));
    }

    @Test
    void aCrowdedWindowLinksEachClusterToItsPeriod() {
        var story = data.storyWithManyEvents(400, LocalDate.of(1970, 1, 1));

        given().when().get("/stories/" + story.slug + "/timeline")
                .then().statusCode(200)
                .body(containsString("counted by week"))
                .body(containsString("href=\"/stories/" + story.slug + "/timeline?from=1969-12-29&amp;to=1970-01-04&amp;lanes=none\""));
    }

    @Test
    void escapesHostileTextInTheListAndTheConfiguration() {
        StoryFacts facts = data.storyWithFacts(TestData.HOSTILE);

        given().queryParam("q", TestData.HOSTILE).when().get("/stories/" + facts.story().slug + "/timeline")
                .then().statusCode(200)
                .body(not(containsString(TestData.HOSTILE)));
    }

    @Test
    void everythingHasATimelineToo() {
        given().when().get("/timeline").then().statusCode(200).body(containsString("Everything Dossier follows"));
    }

    @Test
    void anUnknownStoryIs404() {
        given().when().get("/stories/no-such-story/timeline").then().statusCode(404);
    }
}
