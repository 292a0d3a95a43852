package org.dossier.web.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.dossier.core.source.Source;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourcePagesTest {

    @Inject
    TestData data;

    @Test
    void showsTheArticleWithItsMetadata() {
        Source source = data.source("Talks end in Lausanne", "The talks ended on Saturday.", Instant.parse("2016-10-15T18:00:00Z"));
        data.story("Lausanne talks", source);

        given().when().get("/sources/" + source.id)
                .then().statusCode(200)
                .body(containsString("<h1>Talks end in Lausanne</h1>"))
                .body(containsString("Test Wire"))
                .body(containsString("15 Oct 2016"))
                .body(containsString("The talks ended on Saturday."))
                .body(containsString(">Lausanne talks</a>"));
    }

    @Test
    void escapesAHostileTitleAndBody() {
        Source source = data.source(TestData.HOSTILE, "Quote: " + TestData.HOSTILE, Instant.now());

        given().when().get("/sources/" + source.id)
                .then().statusCode(200)
                .body(containsString("<title>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; · Dossier</title>"))
                .body(not(containsString("<img src=x")));
    }

    @Test
    void anUnknownSourceIsA404Page() {
        given().when().get("/sources/987654321")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Not Found</h1>"))
                .body(containsString("No source 987654321"));
    }

    @Test
    void theListPagesThroughSourcesNewestFirst() {
        data.source("Listed source", "Listed.", Instant.parse("2030-01-01T00:00:00Z"));

        given().when().get("/sources")
                .then().statusCode(200)
                .body(containsString("<h1>Sources</h1>"))
                .body(containsString("Listed source"));
    }

    @Test
    void aPageNumberThatIsNotANumberIsABadRequest() {
        given().when().get("/sources?page=first")
                .then().statusCode(400)
                .body(containsString("page must be a whole number"));
    }

    @Test
    void marksEachFactInTheArticleWithAnAnchorForItsSpan() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        int start = facts.source().body.indexOf("Freedonia opposes");

        given().when().get("/sources/" + facts.source().id)
                .then().statusCode(200)
                .body(containsString("<span class=\"anchor\" id=\"span-" + start + "-" + (start + "Freedonia opposes new sanctions on its banks".length()) + "\"></span>"))
                .body(containsString("title=\"position: Freedonia " + facts.marker() + " opposes new sanctions on its banks\""))
                .body(containsString("class=\"fact fact--statement\" href=\"/statements/" + facts.quote().id + "\""));
    }

    @Test
    void aNameInsideATitleLinksToTheInnermostFactAndTellsOfBoth() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/sources/" + facts.source().id)
                .then().statusCode(200)
                .body(containsString("class=\"fact fact--actor fact--role\" href=\"/actors/" + facts.minister().id
                        + "\" title=\"person: Anna Petrova; title of Anna Petrova: Foreign Minister, Freedonia " + facts.marker() + "\""));
    }

    @Test
    void doesNotMarkARejectedFact() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        given().when().get("/sources/" + facts.source().id)
                .then().statusCode(200)
                .body(not(containsString("/events/" + facts.rejected().id)));
    }
}
