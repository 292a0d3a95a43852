package org.dossier.web.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Inject
    TestData data;

    @Test
    void listsTheStoriesWithTheirLatestSources() {
        Source source = data.source("Envoys meet in Geneva", "The envoys met.", Instant.parse("2016-10-10T08:00:00Z"));
        Story story = data.story("Geneva envoys", source);

        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Stories we follow</h1>"))
                .body(containsString("href=\"/stories/" + story.slug + "\">Geneva envoys</a>"))
                .body(containsString("<time datetime=\"2016-10-10T08:00:00Z\">10 Oct 2016</time>"))
                .body(containsString("href=\"/sources/" + source.id + "\">Envoys meet in Geneva</a>"));
    }

    @Test
    void showsEachStorysLatestDevelopments() {
        var facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<time class=\"date\" datetime=\"2016-10-15\">15 Oct 2016</time> <a href=\"/events/" + facts.meeting().id + "\">"));
    }

    @Test
    void escapesHostileTitles() {
        data.story(TestData.HOSTILE, data.source(TestData.HOSTILE, "Body.", Instant.now()));

        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
                .body(not(containsString("<img src=x")));
    }
}
