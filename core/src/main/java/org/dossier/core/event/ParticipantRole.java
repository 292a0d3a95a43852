package org.dossier.core.event;

import org.dossier.core.database.CodedEnum;

/** What an actor did in an event. */
public enum ParticipantRole implements CodedEnum {
    PARTICIPANT, AGENT, TARGET, HOST, MEDIATOR, SPEAKER;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedEnum.Column<ParticipantRole> {
        public Column() {
            super(ParticipantRole.class);
        }
    }
}
