package org.dossier.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void anEditorSignsInWithTheRightPasswordAndLandsOnTheReviewQueue() {
        String editor = data.account(PASSWORD, Account.EDITOR);

        EditorSession.signIn(editor, PASSWORD).then().statusCode(302).header("Location", endsWith("/editor/review"));
    }

    @Test
    void aWrongPasswordGoesBackToTheSignInPageSayingSo() {
        String editor = data.account(PASSWORD, Account.EDITOR);

        EditorSession.signIn(editor, "not the password").then().statusCode(302).header("Location", endsWith("/sign-in?failed=true"));
        given().when().get("/sign-in?failed=true").then().statusCode(200).body(containsString("Wrong username or password"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String editor = data.account(PASSWORD, Account.EDITOR);
        data.deactivate(editor);

        EditorSession.signIn(editor, PASSWORD).then().header("Location", endsWith("/sign-in?failed=true"));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaits() {
        String editor = data.account(PASSWORD, Account.EDITOR);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            EditorSession.signIn(editor, "guess " + i);
        }

        EditorSession.signIn(editor, PASSWORD).then().header("Location", endsWith("/sign-in?failed=true"));
    }

    @Test
    void anonymousReadersAreSentToSignInFromEditorPages() {
        given().redirects().follow(false).when().get("/editor/review")
                .then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    @Test
    void anEditorWhoIsNotAdminCannotManageEditors() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.request().when().get("/admin/editors").then().statusCode(403);
    }

    @Test
    void anAdminAddsAnEditorWhoCanThenSignIn() {
        EditorSession admin = EditorSession.of(data.account(PASSWORD, Account.ADMIN, Account.EDITOR), PASSWORD);
        String newcomer = "newcomer-" + TestData.unique();

        admin.post("/admin/editors", "/admin/editors", Map.of("username", newcomer, "displayName", "New Comer", "password", "a long enough pass"))
                .then().statusCode(303);

        EditorSession.signIn(newcomer, "a long enough pass").then().header("Location", endsWith("/editor/review"));
    }

    @Test
    void aShortPasswordIsRefused() {
        EditorSession admin = EditorSession.of(data.account(PASSWORD, Account.ADMIN, Account.EDITOR), PASSWORD);

        admin.post("/admin/editors", "/admin/editors", Map.of("username", "short-" + TestData.unique(), "password", "short"))
                .then().statusCode(400).body(containsString("at least 12 characters"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        EditorSession admin = EditorSession.of(data.account(PASSWORD, Account.ADMIN, Account.EDITOR), PASSWORD);

        int status = admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("username", "sneaky-" + TestData.unique()).formParam("password", "a long enough pass")
                .when().post("/admin/editors").statusCode();

        assertThat(status).isEqualTo(400);
    }

    @Test
    void signingOutForgetsTheSession() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.post("/editor/review", "/sign-out", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/sign-in?signed-out=true"))
                .cookie("dossier-session", "");
    }
}
