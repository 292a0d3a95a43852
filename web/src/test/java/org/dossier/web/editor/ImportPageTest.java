package org.dossier.web.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportPageTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    TestData data;

    @Test
    void aPastedArticleIsImportedWithItsExtractionAndShown() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String text = "GENEVA - Foreign Minister Anna Petrova of Freedonia met the envoy in Geneva on Friday. [" + TestData.unique() + "]";

        String location = editor.multipart("/editor/import", "/editor/import")
                .multiPart("text", text).multiPart("title", "Petrova meets the envoy").multiPart("published", "2016-10-15")
                .when().post("/editor/import").then().statusCode(303).header("Location", matchesRegex(".*/sources/\\d+")).extract().header("Location");

        editor.request().when().get(location.replaceAll("^.*(/sources/\\d+)$", "$1"))
                .then().statusCode(200)
                .body(containsString("<h1>Petrova meets the envoy</h1>"))
                .body(containsString("class=\"fact fact--"));
    }

    @Test
    void anUploadedFileIsReadByItsFormat() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String html = "<html><head><title>Aid convoy reaches the city</title><meta property=\"article:published_time\" content=\"2016-09-20\"></head>"
                + "<body><article><p>The aid convoy reached the city on Monday. [" + TestData.unique() + "]</p></article></body></html>";

        editor.multipart("/editor/import", "/editor/import")
                .multiPart("file", "convoy.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html")
                .when().post("/editor/import").then().statusCode(303);
    }

    @Test
    void anArticleWithoutADateIsRefusedWithTheReason() {
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        editor.multipart("/editor/import", "/editor/import").multiPart("text", "Undated words " + TestData.unique())
                .when().post("/editor/import").then().statusCode(400)
                .body(containsString("no publication date"));
    }
}
