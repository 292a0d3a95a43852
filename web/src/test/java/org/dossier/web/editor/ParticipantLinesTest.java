package org.dossier.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dossier.core.event.ParticipantRole;
import org.junit.jupiter.api.Test;

class ParticipantLinesTest {

    @Test
    void aLineIsANameWithAnOptionalRoleInBrackets() {
        assertThat(ParticipantLines.read("Sergey Lavrov (Host)\r\n  \nJohn Kerry\n")).containsExactly(
                new ParticipantLines.Line("Sergey Lavrov", ParticipantRole.HOST),
                new ParticipantLines.Line("John Kerry", ParticipantRole.PARTICIPANT));
    }

    @Test
    void bracketsThatAreNotARoleAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> ParticipantLines.read("Kerry (villain)")).hasMessageStartingWith("'Kerry (villain)': the role");
    }

    @Test
    void nothingWrittenMeansNobody() {
        assertThat(ParticipantLines.read("")).isEmpty();
        assertThat(ParticipantLines.read(null)).isEmpty();
    }
}
