package org.dossier.core.meeting;

import org.dossier.core.database.CodedEnum;

public enum MeetingFormat implements CodedEnum {
    TALKS, MEETING, SUMMIT, CONFERENCE, CALL;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedEnum.Column<MeetingFormat> {
        public Column() {
            super(MeetingFormat.class);
        }
    }
}
