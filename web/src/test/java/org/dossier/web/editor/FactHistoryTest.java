package org.dossier.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Stance;
import org.dossier.core.statement.Statement;
import org.dossier.core.time.Precision;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactHistoryTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void recordsWhoChangedAnEventAndShowsItAsADiff() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String username = data.account(PASSWORD, Account.EDITOR);
        EditorSession editor = EditorSession.of(username, PASSWORD);
        String page = "/editor/events/" + facts.monthEvent().id;

        editor.post(page, page, Map.of("summary", "Contacts frozen", "kind", "diplomatic_step", "when", "2016-10-03", "version", 0));

        editor.request().when().get("/editor/history/event/" + facts.monthEvent().id).then().statusCode(200)
                .body(containsString("<strong>changed</strong> by " + username))
                .body(containsString("<td>summary</td><td><del>The two sides froze their contacts over the " + facts.marker() + " plan</del></td><td><ins>Contacts frozen</ins></td>"))
                .body(containsString("<td>when it happened</td><td><del>Oct 2016 (month)</del></td><td><ins>3 Oct 2016 (day)</ins></td>"))
                .body(containsString("<strong>created</strong> by importer"));
    }

    @Test
    void anEventChangeIsUndoneByPuttingBackAnEarlierRevision() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.monthEvent().id;
        editor.post(page, page, Map.of("summary", "A wrong correction", "kind", "other", "when", "2015", "participants", "", "version", 0));

        revertToFirst(editor, "/editor/history/event/" + facts.monthEvent().id, 1);

        Event event = QuarkusTransaction.requiringNew().call(() -> {
            Event e = Event.findById(facts.monthEvent().id);
            e.participants.size();
            return e;
        });
        assertThat(event.summary).isEqualTo("The two sides froze their contacts over the " + facts.marker() + " plan");
        assertThat(event.happened.precision()).isEqualTo(Precision.MONTH);
        assertThat(event.participants).as("who took part is put back too").hasSize(1);
    }

    @Test
    void aMeetingsOutcomeShowsInItsEventsHistoryAndARevertPutsItBack() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.meeting().id;
        String history = "/editor/history/event/" + facts.meeting().id;
        editor.post(page, page, Map.of("summary", facts.meeting().summary, "kind", "meeting", "when", "2016-10-15",
                "outcome", "ended with a joint statement", "version", 0)).then().statusCode(303);

        editor.request().when().get(history).then().statusCode(200)
                .body(containsString("<td>what came of it</td>"))
                .body(containsString("<ins>ended with a joint statement</ins>"));
        revertToFirst(editor, history, 1);

        assertThat(QuarkusTransaction.requiringNew().call(() -> Meeting.findFor(Event.findById(facts.meeting().id)).orElseThrow().outcome))
                .isNull();
    }

    @Test
    void aStatementsNewSpeakerShowsInItsHistoryAndCanBeUndone() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/statements/" + facts.quote().id;
        String wrong = "Boris Wrongly " + TestData.unique();
        editor.post(page, page, Map.of("speaker", wrong, "content", facts.quote().content, "direct", true, "cue", "said", "version", 0));
        String history = "/editor/history/statement/" + facts.quote().id;

        editor.request().when().get(history).then().statusCode(200)
                .body(containsString("<td>speaker</td><td><del>Anna Petrova</del></td><td><ins>" + wrong + "</ins></td>"));
        revertToFirst(editor, history, 1);

        String speaker = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement>findById(facts.quote().id).speaker.canonicalName);
        assertThat(speaker).isEqualTo("Anna Petrova");
    }

    @Test
    void aPositionsStanceShowsInItsHistoryAndCanBeUndone() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/positions/" + facts.position().id;
        editor.post(page, page, Map.of("stance", "supports", "issue", "new sanctions on its banks", "version", 0));
        String history = "/editor/history/position/" + facts.position().id;

        editor.request().when().get(history).then().statusCode(200)
                .body(containsString("<td>stance</td><td><del>opposes</del></td><td><ins>supports</ins></td>"));
        revertToFirst(editor, history, 1);

        assertThat(QuarkusTransaction.requiringNew().call(() -> Position.<Position>findById(facts.position().id).stance)).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aTitlesHistoryShowsTheCorrection() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String username = data.account(PASSWORD, Account.EDITOR);
        EditorSession editor = EditorSession.of(username, PASSWORD);
        String page = "/editor/roles/" + facts.role().id;
        editor.post(page, page, Map.of("title", "Prime Minister", "affiliation", facts.country().canonicalName, "from", "", "until", "", "version", 0));

        editor.request().when().get("/editor/history/role/" + facts.role().id).then().statusCode(200)
                .body(containsString("<strong>changed</strong> by " + username))
                .body(containsString("<td>title</td><td><del>Foreign Minister</del></td><td><ins>Prime Minister</ins></td>"));
        revertToFirst(editor, "/editor/history/role/" + facts.role().id, 1);

        assertThat(QuarkusTransaction.requiringNew().call(() -> ActorRole.<ActorRole>findById(facts.role().id).title)).isEqualTo("Foreign Minister");
    }

    @Test
    void aRevertOverSomeoneElsesNewerChangeIsRefused() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/positions/" + facts.position().id;
        editor.post(page, page, Map.of("stance", "supports", "issue", "x", "version", 0));
        String history = "/editor/history/position/" + facts.position().id;
        String shown = editor.request().when().get(history).then().extract().asString();
        editor.post(page, page, Map.of("stance", "warns", "issue", "y", "version", 1));

        Matcher revert = Pattern.compile("action=\"(/editor/history/position/\\d+/\\d+/revert)\"").matcher(shown);
        assertThat(revert.find()).isTrue();
        editor.post(history, revert.group(1), Map.of("version", 1)).then().statusCode(303)
                .header("Location", containsString("changed=true"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> Position.<Position>findById(facts.position().id).stance)).isEqualTo(Stance.WARNS);
    }

    @Test
    void thereIsNoHistoryOfAnUnknownKindOfFact() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.request().when().get("/editor/history/rumour/1").then().statusCode(404);
    }

    /** Puts back the oldest revision, the page's last revert button. */
    private static void revertToFirst(EditorSession editor, String history, int version) {
        String page = editor.request().when().get(history).then().extract().asString();
        Matcher revert = Pattern.compile("action=\"(/editor/history/[a-z]+/\\d+/\\d+/revert)\"").matcher(page);
        String last = null;
        while (revert.find()) {
            last = revert.group(1);
        }
        assertThat(last).as("a revert button on " + history).isNotNull();
        editor.post(history, last, Map.of("version", version)).then().statusCode(303);
    }
}
