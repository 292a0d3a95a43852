package org.dossier.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueKeyTest {

    @Test
    void theDeterminerCaseAndPunctuationOpeningAnIssueDoNotMatter() {
        assertThat(IssueKey.of("The Draft Resolution.")).isEqualTo(IssueKey.of("a draft  resolution")).isEqualTo("draft resolution");
    }

    @Test
    void aPossessiveOpeningIsDroppedButNotAWordOfSubstance() {
        assertThat(IssueKey.of("its nuclear programme")).isEqualTo(IssueKey.of("the nuclear programme"));
        assertThat(IssueKey.of("new sanctions")).isNotEqualTo(IssueKey.of("sanctions"));
    }

    @Test
    void anIssueOfOneDeterminerKeepsIt() {
        assertThat(IssueKey.of("that")).isEqualTo("that");
    }
}
