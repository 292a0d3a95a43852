package org.dossier.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.event.Event;
import org.dossier.core.time.Precision;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventHistoryTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void recordsWhoChangedWhatAndShowsItAsADiff() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String username = data.account(PASSWORD, Account.EDITOR);
        EditorSession editor = EditorSession.of(username, PASSWORD);
        String page = "/editor/events/" + facts.monthEvent().id;

        editor.post(page, page, Map.of("summary", "Contacts frozen", "kind", "diplomatic_step", "when", "2016-10-03", "version", 0));

        editor.request().when().get(page + "/history").then().statusCode(200)
                .body(containsString("<strong>changed</strong> by " + username))
                .body(containsString("<td>summary</td><td><del>The two sides froze their contacts over the " + facts.marker() + " plan</del></td><td><ins>Contacts frozen</ins></td>"))
                .body(containsString("<td>when it happened</td><td><del>Oct 2016 (month)</del></td><td><ins>3 Oct 2016 (day)</ins></td>"))
                .body(containsString("<strong>created</strong> by importer"));
    }

    @Test
    void aChangeCanBeUndoneByPuttingBackAnEarlierRevision() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/events/" + facts.monthEvent().id;
        editor.post(page, page, Map.of("summary", "A wrong correction", "kind", "other", "when", "2015", "version", 0));
        String history = editor.request().when().get(page + "/history").then().extract().asString();
        Matcher created = Pattern.compile("action=\"(/editor/events/\\d+/history/(\\d+)/revert)\"").matcher(history);
        assertThat(created.find()).isTrue();

        editor.post(page + "/history", created.group(1), Map.of("version", 1)).then().statusCode(303);

        Event event = QuarkusTransaction.requiringNew().call(() -> Event.findById(facts.monthEvent().id));
        assertThat(event.summary).isEqualTo("The two sides froze their contacts over the " + facts.marker() + " plan");
        assertThat(event.happened.precision()).isEqualTo(Precision.MONTH);
    }
}
