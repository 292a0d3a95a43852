package org.dossier.importer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TriggerWindowsTest {

    private static TimeRules.Rule ruleTriggeredBy(String... triggers) {
        return new TimeRules.Rule("test", Pattern.compile("x"), (match, context) -> Optional.empty(), List.of(triggers));
    }

    private static List<TriggerWindows.Window> windows(String text, TimeRules.Rule rule) {
        return new TriggerWindows(text, new Triggers(List.of(rule))).of(rule);
    }

    @Test
    void aWindowReachesAroundItsTriggerInAnyCase() {
        String text = "-".repeat(300) + "AGO" + "-".repeat(300);

        List<TriggerWindows.Window> windows = windows(text, ruleTriggeredBy("ago"));

        assertThat(windows).singleElement()
                .isEqualTo(new TriggerWindows.Window(300 - TriggerWindows.REACH, 303 + TriggerWindows.REACH, 300));
    }

    @Test
    void aCapitalisedTriggerIsFoundOnlyAsWritten() {
        TimeRules.Rule month = ruleTriggeredBy("May");

        assertThat(windows("Talks may resume.", month)).isEmpty();
        assertThat(windows("Talks resume in May.", month)).hasSize(1);
    }

    @Test
    void aTriggerInsideAWordOpensNoWindow() {
        TimeRules.Rule ago = ruleTriggeredBy("ago");

        assertThat(windows("He flew to Chicago.", ago)).isEmpty();
        assertThat(windows("He flew there two days ago.", ago)).hasSize(1);
    }

    @Test
    void nearbyTriggersShareOneWindowWhereMatchesStartUpToTheLastTrigger() {
        String text = "-".repeat(300) + "ago" + "-".repeat(20) + "later" + "-".repeat(300);

        assertThat(windows(text, ruleTriggeredBy("ago", "later"))).singleElement()
                .extracting(TriggerWindows.Window::lastStart).isEqualTo(323);
    }

    @Test
    void triggersBeginningAlikeAreEachFound() {
        String text = "the past" + "-".repeat(300) + "this";

        assertThat(windows(text, ruleTriggeredBy("this", "the past"))).extracting(TriggerWindows.Window::lastStart)
                .containsExactly(0, 308);
    }

    @Test
    void aTextWithoutTheTriggersHasNoWindows() {
        assertThat(windows("The talks went on.", ruleTriggeredBy("ago"))).isEmpty();
    }

    @Test
    void aRuleWithoutTriggersLooksEverywhere() {
        assertThat(windows("The talks went on.", ruleTriggeredBy())).singleElement()
                .isEqualTo(new TriggerWindows.Window(0, 18, 18));
    }
}
