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

    @Test
    void aWindowReachesAroundItsTriggerInAnyCase() {
        String text = "-".repeat(300) + "AGO" + "-".repeat(300);

        List<TriggerWindows.Window> windows = new TriggerWindows(text).of(ruleTriggeredBy("ago"));

        assertThat(windows).singleElement()
                .isEqualTo(new TriggerWindows.Window(300 - TriggerWindows.REACH, 303 + TriggerWindows.REACH, 300));
    }

    @Test
    void aCapitalisedTriggerIsFoundOnlyAsWritten() {
        TimeRules.Rule month = ruleTriggeredBy("May");

        assertThat(new TriggerWindows("Talks may resume.").of(month)).isEmpty();
        assertThat(new TriggerWindows("Talks resume in May.").of(month)).hasSize(1);
    }

    @Test
    void aTriggerInsideAWordOpensNoWindow() {
        TimeRules.Rule ago = ruleTriggeredBy("ago");

        assertThat(new TriggerWindows("He flew to Chicago.").of(ago)).isEmpty();
        assertThat(new TriggerWindows("He flew there two days ago.").of(ago)).hasSize(1);
    }

    @Test
    void nearbyTriggersShareOneWindowWhereMatchesStartUpToTheLastTrigger() {
        String text = "-".repeat(300) + "ago" + "-".repeat(20) + "later" + "-".repeat(300);

        assertThat(new TriggerWindows(text).of(ruleTriggeredBy("ago", "later"))).singleElement()
                .extracting(TriggerWindows.Window::lastStart).isEqualTo(323);
    }

    @Test
    void aTextWithoutTheTriggersHasNoWindows() {
        assertThat(new TriggerWindows("The talks went on.").of(ruleTriggeredBy("ago"))).isEmpty();
    }

    @Test
    void aRuleWithoutTriggersLooksEverywhere() {
        assertThat(new TriggerWindows("The talks went on.").of(ruleTriggeredBy())).singleElement()
                .isEqualTo(new TriggerWindows.Window(0, 18, 18));
    }
}
