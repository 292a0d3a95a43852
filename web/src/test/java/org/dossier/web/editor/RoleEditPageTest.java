package org.dossier.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.dossier.core.actor.ActorRole;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoleEditPageTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void anEditorCorrectsATitleItsAffiliationAndWhenItWasHeld() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/roles/" + facts.role().id;
        String organisation = "Council of Freedonia " + TestData.unique();

        editor.post(page, page, Map.of("title", "Secretary General", "affiliation", organisation, "from", "2012-05-01", "until", "", "version", 0))
                .then().statusCode(303);

        ActorRole role = QuarkusTransaction.requiringNew().call(() -> {
            ActorRole r = ActorRole.findById(facts.role().id);
            r.affiliation.canonicalName.length();
            return r;
        });
        assertThat(role.describe()).isEqualTo("Secretary General, " + organisation);
        assertThat(role.validFrom).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(role.validTo).isNull();
    }

    @Test
    void aTitleSavedMeanwhileIsAConflictShowingTheirs() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/roles/" + facts.role().id;
        editor.post(page, page, Map.of("title", "Deputy Foreign Minister", "affiliation", "", "from", "", "until", "", "version", 0));

        editor.post(page, page, Map.of("title", "Envoy", "affiliation", "", "from", "", "until", "", "version", 0))
                .then().statusCode(409).body(containsString("<dd>Deputy Foreign Minister</dd>")).body(containsString("value=\"Envoy\""));
    }

    @Test
    void aTitleCannotEndBeforeItStarts() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/roles/" + facts.role().id;

        editor.post(page, page, Map.of("title", "Envoy", "affiliation", "", "from", "2016-10-01", "until", "2015-01-01", "version", 0))
                .then().statusCode(400).body(containsString("cannot end before it starts"));
    }

    @Test
    void theReviewQueueLinksAProposedTitleToItsEditPage() {
        StoryFacts facts = data.storyWithProposedFacts("Anna Petrova " + TestData.unique());
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.request().when().get("/editor/review").then().statusCode(200)
                .body(containsString("href=\"/editor/roles/" + facts.role().id + "\""));
    }
}
