package org.dossier.web.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryExportApiTest {

    @Inject
    TestData data;

    @Test
    void exportsTheStorysEventsAsCsvOldestFirst() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String csv = given().when().get("/api/stories/" + facts.story().slug + "/events.csv")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + facts.story().slug + "-events.csv\"")
                .extract().asString();

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("id,start,end,precision,date,kind,summary,place,url");
        assertThat(lines[1]).startsWith(facts.monthEvent().id + ",\"2016-10-01\",\"2016-10-31\",\"month\",\"Oct 2016\"");
        assertThat(lines[2]).contains("\"Lausanne\"");
    }

    @Test
    void exportsAnICalendarFeedOfAllDayEvents() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        String ics = given().when().get("/api/stories/" + facts.story().slug + "/events.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString();

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:event-" + facts.monthEvent().id + "@dossier\r\n", "DTSTART;VALUE=DATE:20161001\r\n", "DTEND;VALUE=DATE:20161101\r\n",
                        "LOCATION:Lausanne\r\n");
    }

    @Test
    void exportsTimelineJsWithOnlyTheKnownPartsOfADate() {
        StoryFacts facts = data.storyWithFacts(TestData.HOSTILE);

        given().when().get("/api/stories/" + facts.story().slug + "/timelinejs.json")
                .then().statusCode(200)
                .body("events[0].start_date.year", equalTo(2016))
                .body("events[0].start_date.month", equalTo(10))
                .body("events[0].start_date", not(hasKey("day")))
                .body("events[1].start_date.day", equalTo(15))
                .body("events[0].text.headline", equalTo("The two sides froze their contacts over the " + facts.marker() + " plan"));
    }

    @Test
    void anUnknownStoryIsAProblem404() {
        given().when().get("/api/stories/no-such-story/events.csv").then().statusCode(404).contentType("application/problem+json");
    }
}
