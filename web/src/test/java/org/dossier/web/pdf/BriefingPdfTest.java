package org.dossier.web.pdf;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefingPdfTest {

    static final String PASSWORD = "correct horse battery";
    static final String CYRILLIC = "Сергей Лавров";
    static final String ARABIC = "بشار الأسد";

    @Inject
    TestData data;

    @Test
    void aPublishedVersionPrintsEverySectionWithNumberedSources() throws IOException {
        StoryFacts facts = published(CYRILLIC, "Talks in Lausanne, with " + ARABIC + " absent.");

        try (PDDocument pdf = download("/stories/" + facts.story().slug + "/versions/1.pdf")) {
            String text = text(pdf);

            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(text).contains("Summary", "Key events", "Latest developments", "Timeline", "Who's who", "Positions", "Key quotes", "Sources");
            assertThat(text).contains("We will keep talking about " + facts.marker(), "— " + CYRILLIC);
            assertThat(text).contains("[1] Envoys meet over the " + facts.marker() + " corridor, Test Wire, 15 Oct 2016");
            assertThat(text).contains(CYRILLIC + ": Foreign Minister, Freedonia " + facts.marker() + " [1]");
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages());
        }
    }

    @Test
    void namesInCyrillicAndArabicPrintAsThemselves() throws IOException {
        StoryFacts facts = published(CYRILLIC, "Without " + ARABIC + ".");

        try (PDDocument pdf = download("/stories/" + facts.story().slug + "/versions/1.pdf")) {
            String text = text(pdf);

            assertThat(text).contains(CYRILLIC).doesNotContain("#####");
            assertThat(text.contains(ARABIC) || text.contains(new StringBuilder(ARABIC).reverse().toString()))
                    .as("Arabic name in %s", text).isTrue();
        }
    }

    @Test
    void carriesMetadataAndAnOutlineOfItsSections() throws IOException {
        StoryFacts facts = published("Anna Petrova", "Summary.");

        try (PDDocument pdf = download("/stories/" + facts.story().slug + "/versions/1.pdf")) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Briefing " + facts.marker());
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Dossier");
            assertThat(pdf.getDocumentInformation().getSubject()).contains("Version 1");
            assertThat(pdf.getDocumentInformation().getCreationDate()).isNotNull();
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).contains("Summary", "Latest developments", "Who's who", "Sources");
        }
    }

    @Test
    void hostileTextStaysText() throws IOException {
        StoryFacts facts = published(TestData.HOSTILE, "<script>alert(1)</script>");

        try (PDDocument pdf = download("/stories/" + facts.story().slug + "/versions/1.pdf")) {
            assertThat(text(pdf)).contains("<script>alert(1)</script>", "</script><img src=x onerror=alert(1)>");
        }
    }

    @Test
    void isNamedAfterTheStoryTheVersionAndTheDay() {
        StoryFacts facts = published("Anna Petrova", "Summary.");

        given().when().get("/stories/" + facts.story().slug + "/versions/latest.pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + facts.story().slug + "-v1-2016-10-15.pdf\"");
        given().when().get("/api/stories/" + facts.story().slug + "/versions/1.pdf").then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void aVersionThatDoesNotExistIsAProblemNotABrokenFile() {
        StoryFacts facts = published("Anna Petrova", "Summary.");

        given().when().get("/api/stories/" + facts.story().slug + "/versions/9.pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDraftPrintsForEditorsOnly() throws IOException {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);

        given().redirects().follow(false).when().get("/editor/stories/" + facts.story().slug + "/briefing.pdf").then().statusCode(302);
        byte[] draft = editor.request().when().get("/editor/stories/" + facts.story().slug + "/briefing.pdf").then().statusCode(200)
                .extract().asByteArray();
        editor.request().when().get("/api/stories/" + facts.story().slug + "/draft.pdf").then().statusCode(200).contentType("application/pdf");
        given().redirects().follow(false).when().get("/api/stories/" + facts.story().slug + "/draft.pdf").then().statusCode(302);
        try (PDDocument pdf = Loader.loadPDF(draft)) {
            assertThat(text(pdf)).contains("Draft");
        }
    }

    private StoryFacts published(String name, String summary) {
        StoryFacts facts = data.storyWithFacts(name);
        EditorSession editor = EditorSession.of(data.account(PASSWORD, Account.EDITOR), PASSWORD);
        String page = "/editor/stories/" + facts.story().slug + "/briefing";
        editor.post(page, page, Map.of("action", "publish", "title", "Briefing " + facts.marker(), "summary", summary,
                "event", List.of(facts.meeting().id), "statement", List.of(facts.quote().id), "version", 0)).then().statusCode(303);
        return facts;
    }

    private static PDDocument download(String path) throws IOException {
        byte[] bytes = given().when().get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        return Loader.loadPDF(bytes);
    }

    /** The text as a reader would copy it: ligatures and presentation forms folded. */
    private static String text(PDDocument pdf) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC).replaceAll("[ \\t]+", " ");
    }
}
