package org.dossier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
class TimelineBrowserTest {

    /** One element per drawn item (a box also draws a line and a dot). */
    static final String ITEMS = "#timeline .vis-item .vis-item-content";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void drawsTheStorysEvents() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        open("stories/" + facts.story().slug + "/timeline");

        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(ITEMS), 2));
        assertThat(browser.driver.findElements(By.cssSelector(ITEMS))).extracting(e -> e.getAttribute("textContent"))
                .anySatisfy(text -> assertThat(text).startsWith("Envoys meet in Lausanne"))
                .anySatisfy(text -> assertThat(text).startsWith("The two sides froze their contacts"));
    }

    @Test
    void drawsAMonthPreciseEventAsASpanOfItsMonth() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        open("stories/" + facts.story().slug + "/timeline");

        WebElement month = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline .vis-item.vis-range.fuzzy")));
        WebElement day = browser.driver.findElement(By.cssSelector("#timeline .vis-item.vis-box"));
        assertThat(month.getSize().getWidth()).isGreaterThan(10 * Math.max(day.getSize().getWidth() / 10, 20));
    }

    @Test
    void aFilterChangesWhatIsDrawn() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        open("stories/" + facts.story().slug + "/timeline");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(ITEMS), 2));

        new Select(browser.driver.findElement(By.id("f-kind"))).selectByValue("meeting");
        browser.driver.findElement(By.cssSelector("#timeline-filters button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(ITEMS), 1));
        assertThat(browser.driver.getCurrentUrl()).contains("kind=meeting");
    }

    @Test
    void selectingAnEventShowsItsEvidence() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        open("stories/" + facts.story().slug + "/timeline");

        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#timeline .vis-item.vis-box"))).click();

        WebElement mark = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details-body mark")));
        assertThat(mark.getText()).isEqualTo("met envoys in Lausanne on Saturday");
        assertThat(browser.driver.getCurrentUrl()).contains("selected=" + facts.meeting().id);
    }

    @Test
    void aLinkRestoresTheWindowTheFilterAndTheSelection() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");

        open("stories/" + facts.story().slug + "/timeline?from=2016-10-10&to=2016-10-20&kind=meeting&lanes=kind&selected=" + facts.meeting().id);

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details-body mark")));
        assertThat(new Select(browser.driver.findElement(By.id("f-kind"))).getFirstSelectedOption().getText()).isEqualTo("meeting");
        assertThat(browser.driver.findElements(By.cssSelector("#timeline .vis-selected .vis-item-content"))).hasSize(1);
        assertThat(browser.driver.findElement(By.id("f-from")).getAttribute("value")).isEqualTo("2016-10-10");
        assertThat(browser.driver.findElements(By.cssSelector("#timeline .vis-label"))).isNotEmpty();
    }

    @Test
    void theKeyboardZoomsPansAndOpensAnEvent() {
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        open("stories/" + facts.story().slug + "/timeline?from=2016-10-01&to=2016-10-31");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(ITEMS), 2));
        WebElement timeline = browser.driver.findElement(By.id("timeline"));

        timeline.sendKeys("+");
        browser.waiting().until(ExpectedConditions.urlContains("from=2016-10-08"));
        timeline.sendKeys(Keys.ARROW_RIGHT);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("from=2016-10-08"));
        timeline.sendKeys(Keys.ENTER);
        WebElement first = browser.driver.switchTo().activeElement();
        assertThat(first.getTagName()).isEqualTo("button");
        first.sendKeys(Keys.ENTER);

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details-body mark")));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("timeline-details");
    }

    @Test
    void hostileTextNeverRuns() {
        String hostile = "</script><img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>";
        StoryFacts facts = data.storyWithFacts(hostile);

        for (String page : new String[] {"stories/" + facts.story().slug + "/timeline?selected=" + facts.meeting().id,
                "stories/" + facts.story().slug, "sources/" + facts.source().id, "actors/" + facts.minister().id,
                "search?q=" + facts.marker()}) {
            open(page);
            browser.waiting().until(d -> "complete".equals(browser.script("return document.readyState")));
            if (page.contains("timeline")) {
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details-body mark")));
            }
            assertThat(browser.script("return window.hacked === undefined")).as(page).isEqualTo(true);
            assertThat(browser.driver.getPageSource()).as(page).contains("window.hacked=1");
        }
    }

    private void open(String path) {
        browser.driver.get(base.toString() + path);
    }
}
