package org.dossier.web.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.dossier.core.event.Event;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.statement.Statement;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewPageTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void listsProposedFactsWithTheirEvidence() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.request().when().get("/editor/review")
                .then().statusCode(200)
                .body(containsString("value=\"event:" + facts.meeting().id + ":0\""))
                .body(containsString("<mark>met envoys in Lausanne on Saturday</mark>"));
    }

    @Test
    void approvingAnEventMakesItApprovedAndEditedSoImportsLeaveItAlone() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/review", "/editor/review", Map.of("single", "approve|event:" + facts.meeting().id + ":0"))
                .then().statusCode(303).header("Location", endsWith("done=approved-1"));

        Event event = QuarkusTransaction.requiringNew().call(() -> Event.findById(facts.meeting().id));
        assertThat(event.status).isEqualTo(ReviewStatus.APPROVED);
        assertThat(event.isUntouchedByEditors()).isFalse();
    }

    @Test
    void rejectsSeveralTickedFactsAtOnceAndReadersNoLongerSeeThem() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/review", "/editor/review", Map.of("decision", "reject",
                "item", List.of("event:" + facts.monthEvent().id + ":0", "statement:" + facts.quote().id + ":0")))
                .then().statusCode(303).header("Location", endsWith("done=rejected-2"));

        given().when().get("/events/" + facts.monthEvent().id).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Statement.<Statement>findById(facts.quote().id).status)).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void aDecisionOnAFactChangedMeanwhileIsNotApplied() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/review", "/editor/review", Map.of("single", "approve|event:" + facts.meeting().id + ":7"))
                .then().statusCode(303).header("Location", endsWith("done=approved-0-changed-1"));
    }

    @Test
    void anUnknownDecisionIsA400() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/review", "/editor/review", Map.of("single", "publish|event:" + facts.meeting().id + ":0"))
                .then().statusCode(400).body(containsString("decision must be approve or reject"));
    }
}
