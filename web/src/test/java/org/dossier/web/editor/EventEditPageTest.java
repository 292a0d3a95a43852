package org.dossier.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.dossier.core.event.Event;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.time.Precision;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventEditPageTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void correctsTheDateAndItsPrecision() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.monthEvent().id;

        editor.post(page, page, Map.of("summary", "Contacts frozen", "kind", "diplomatic_step", "when", "2016-10-03", "version", 0))
                .then().statusCode(303);

        Event event = QuarkusTransaction.requiringNew().call(() -> Event.findById(facts.monthEvent().id));
        assertThat(event.happened.precision()).isEqualTo(Precision.DAY);
        assertThat(event.happened.start()).hasToString("2016-10-03");
        assertThat(event.summary).isEqualTo("Contacts frozen");
        assertThat(event.editedAt).isNotNull();
    }

    @Test
    void theSecondEditorToSaveSeesBothVersionsAndNothingIsLost() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession first = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        EditorSession second = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.monthEvent().id;
        first.post(page, page, Map.of("summary", "First editor's words", "kind", "diplomatic_step", "when", "2016-10", "version", 0));

        second.post(page, page, Map.of("summary", "Second editor's words", "kind", "diplomatic_step", "when", "2016-W40", "version", 0))
                .then().statusCode(409)
                .body(containsString("First editor&#39;s words"))
                .body(containsString("value=\"Second editor&#39;s words\""))
                .body(containsString("name=\"version\" value=\"1\""));

        assertThat(QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById(facts.monthEvent().id).summary)).isEqualTo("First editor's words");
    }

    @Test
    void aDateThatIsNoDateIsExplainedOnTheForm() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.monthEvent().id;

        editor.post(page, page, Map.of("summary", "x", "kind", "diplomatic_step", "when", "last Tuesday", "version", 0))
                .then().statusCode(400)
                .body(containsString("When must be a day (2016-10-14)"));
    }

    @Test
    void anEditorNamesWhoTookPartAndInWhatRole() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.meeting().id;
        String newcomer = "Marta Novak " + TestData.unique();

        editor.post(page, page, Map.of("summary", facts.meeting().summary, "kind", "meeting", "when", "2016-10-15",
                "participants", "Anna Petrova (host)\n" + newcomer + "\n", "version", 0)).then().statusCode(303);

        var participants = QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById(facts.meeting().id).participants.stream()
                .map(p -> p.actor.canonicalName + "/" + p.role.code()).toList());
        assertThat(participants).containsExactlyInAnyOrder("Anna Petrova/host", newcomer + "/participant");
    }

    @Test
    void aParticipantsRoleMustBeOneDossierKnows() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.meeting().id;

        editor.post(page, page, Map.of("summary", "x", "kind", "meeting", "when", "2016-10-15", "participants", "Anna Petrova (villain)", "version", 0))
                .then().statusCode(400).body(containsString("must be one of participant, agent, target, host, mediator, speaker"));
        var count = QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById(facts.meeting().id).participants.size());
        assertThat(count).isEqualTo(2);
    }

    @Test
    void theFormShowsWhoTookPart() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.request().when().get("/editor/events/" + facts.meeting().id).then().statusCode(200)
                .body(containsString("Anna Petrova\n" + facts.country().canonicalName + "</textarea>"));
    }

    @Test
    void anEditorCorrectsWhatCameOfAMeeting() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.meeting().id;

        editor.post(page, page, Map.of("summary", facts.meeting().summary, "kind", "meeting", "when", "2016-10-15",
                "outcome", "  ended with a joint statement ", "version", 0)).then().statusCode(303);

        String outcome = QuarkusTransaction.requiringNew().call(() -> Meeting.findFor(Event.findById(facts.meeting().id)).orElseThrow().outcome);
        assertThat(outcome).isEqualTo("ended with a joint statement");
    }

    @Test
    void onlyAMeetingsFormAsksWhatCameOfIt() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.request().when().get("/editor/events/" + facts.meeting().id).then().statusCode(200)
                .body(containsString("name=\"outcome\""));
        editor.request().when().get("/editor/events/" + facts.monthEvent().id).then().statusCode(200)
                .body(not(containsString("name=\"outcome\"")));
    }
}
