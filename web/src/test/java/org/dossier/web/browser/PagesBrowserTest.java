package org.dossier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

@QuarkusTest
class PagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @ParameterizedTest(name = "{0} at {1} px wide")
    @org.junit.jupiter.params.provider.CsvSource({"briefing, 390", "briefing, 1280", "timeline, 390", "timeline, 1280"})
    void pagesFitTheScreenWithoutSidewaysScrolling(String page, int width) throws Exception {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        try (Browser browser = Browser.start(width, 900)) {
            browser.driver.get(base + "stories/" + facts.story().slug + (page.equals("timeline") ? "/timeline" : ""));
            if (page.equals("timeline")) {
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(TimelineBrowserTest.ITEMS)));
            }

            long overflow = (Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            browser.script("document.body.style.height = 'auto'");
            browser.screenshot(page + "-" + width);

            assertThat(overflow).isLessThanOrEqualTo(0);
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Talks about the");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"briefing", "timeline", "actor", "event", "source", "search"})
    void pagesHaveNoSeriousAccessibilityViolations(String page) throws Exception {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String path = switch (page) {
            case "briefing" -> "stories/" + facts.story().slug;
            case "timeline" -> "stories/" + facts.story().slug + "/timeline";
            case "actor" -> "actors/" + facts.minister().id;
            case "event" -> "events/" + facts.meeting().id;
            case "source" -> "sources/" + facts.source().id;
            default -> "search?q=" + facts.marker();
        };
        try (Browser browser = Browser.start(1280, 900)) {
            browser.driver.get(base + path);
            if (page.equals("timeline")) {
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(TimelineBrowserTest.ITEMS)));
            }

            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
