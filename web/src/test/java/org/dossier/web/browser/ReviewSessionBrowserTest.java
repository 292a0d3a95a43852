package org.dossier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.dossier.web.account.Account;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A whole editing session in a real browser, from signing in to what an anonymous reader then sees. */
@QuarkusTest
class ReviewSessionBrowserTest {

    static final String PASSWORD = "correct horse battery";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void anEditorReviewsCorrectsMergesAndPublishesAndAReaderSeesIt() throws Exception {
        String family = "Petrova" + TestData.unique();
        StoryFacts facts = data.storyWithProposedFacts("Anna " + family);
        StoryFacts duplicate = data.storyWithProposedFacts("A. " + family);
        String editor = data.account(PASSWORD, Account.EDITOR);
        try (Browser browser = Browser.start(1280, 900)) {
            var driver = browser.driver;

            driver.get(base + "editor/review");
            driver.findElement(By.id("j_username")).sendKeys(editor);
            driver.findElement(By.id("j_password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/editor/review"));

            WebElement meeting = driver.findElement(By.cssSelector("[data-key='event:" + facts.meeting().id + ":0']"));
            meeting.findElement(By.cssSelector("[data-action=approve]")).click();
            browser.waiting().until(ExpectedConditions.urlContains("done=approved-1"));

            driver.get(base + "editor/events/" + facts.meeting().id);
            WebElement when = driver.findElement(By.id("when-edit"));
            when.clear();
            when.sendKeys("2016-09");
            driver.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.urlContains("done=edited-1"));

            driver.get(base + "editor/actors/merge?q=" + family);
            driver.findElement(By.cssSelector("input[name=absorbed][value='" + duplicate.minister().id + "']")).click();
            driver.findElement(By.cssSelector("input[name=survivor][value='" + facts.minister().id + "']")).click();
            driver.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/actors/" + facts.minister().id));

            driver.get(base + "editor/stories/" + facts.story().slug + "/briefing");
            driver.findElement(By.id("summary")).sendKeys("Talks resumed in **Lausanne**.");
            driver.findElement(By.id("event-" + facts.meeting().id)).click();
            driver.findElement(By.cssSelector("button[name=action][value=publish]")).click();
            browser.waiting().until(ExpectedConditions.urlContains("done=published-1"));

            driver.findElement(By.cssSelector(".editor-bar form button")).click();
            browser.waiting().until(ExpectedConditions.urlContains("signed-out=true"));

            driver.get(base + "stories/" + facts.story().slug);
            String published = driver.findElement(By.id("published-heading")).findElement(By.xpath("..")).getText();
            assertThat(published).contains("Version 1", "Talks resumed in Lausanne.", "Envoys meet in Lausanne");
            assertThat(driver.findElement(By.cssSelector(".summary-text strong")).getText()).isEqualTo("Lausanne");
            String developments = driver.findElement(By.id("developments-heading")).findElement(By.xpath("..")).getText();
            assertThat(developments).contains("Sep 2016").doesNotContain("15 Oct 2016");
            assertThat(driver.getPageSource()).as("a fact nobody approved stays hidden from readers").doesNotContain("froze their contacts");
            driver.get(base + "actors/" + duplicate.minister().id);
            assertThat(driver.getCurrentUrl()).endsWith("/actors/" + facts.minister().id);
            browser.screenshot("published-briefing");
        }
    }
}
