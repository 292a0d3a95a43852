package org.dossier.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.core.actor.EstablishedOrganisations;
import org.dossier.core.source.Source;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnownOrganisationsPageTest {

    static final String PASSWORD = "correct horse battery";
    static final String PAGE = "/editor/known-organisations";

    @Inject
    TestData data;

    private String established(String title) {
        String name = "Quorvex" + TestData.unique();
        Source source = data.source(title, "Shares of shipping company " + name + " fell.", Instant.parse("2016-10-10T00:00:00Z"));
        QuarkusTransaction.requiringNew().run(() -> EstablishedOrganisations.record(Source.findById(source.id), List.of(name)));
        return name;
    }

    private static List<String> inForce() {
        return QuarkusTransaction.requiringNew().call(() -> EstablishedOrganisations.all().stream().filter(e -> !e.isWithdrawn())
                .map(EstablishedOrganisations.Established::name).toList());
    }

    @Test
    void anEditorSeesEachNameWithTheArticleThatFirstDescribedIt() {
        String name = established("Shipping shares fall");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.request().when().get(PAGE).then().statusCode(200)
                .body(containsString("<td>" + name + "</td>")).body(containsString(">Shipping shares fall</a>"));
    }

    @Test
    void aWithdrawnNameIsNoLongerKnownAndADescriptionAgainDoesNotBringItBack() {
        String name = established("Shipping shares fall");
        String username = data.account(PASSWORD, Account.EDITOR);
        EditorSession editor = EditorSession.of(username, PASSWORD);

        editor.post(PAGE, PAGE + "/withdraw", Map.of("name", name)).then().statusCode(303);
        Source again = data.source("Shipping shares rise", "Shares of shipping company " + name + " rose.", Instant.now());
        QuarkusTransaction.requiringNew().run(() -> EstablishedOrganisations.record(Source.findById(again.id), List.of(name)));

        assertThat(inForce()).doesNotContain(name);
        editor.request().when().get(PAGE).then().body(containsString("withdrawn by " + username));
    }

    @Test
    void aWithdrawnNameCanBeRestored() {
        String name = established("Shipping shares fall");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        editor.post(PAGE, PAGE + "/withdraw", Map.of("name", name));

        editor.post(PAGE, PAGE + "/restore", Map.of("name", name)).then().statusCode(303);

        assertThat(inForce()).contains(name);
    }

    @Test
    void withdrawingANameNeverEstablishedIsNotFound() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post(PAGE, PAGE + "/withdraw", Map.of("name", "Nobodycorp" + TestData.unique())).then().statusCode(404)
                .body(containsString("No organisation was established as"));
    }
}
