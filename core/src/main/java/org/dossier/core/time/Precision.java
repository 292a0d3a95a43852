package org.dossier.core.time;

import org.dossier.core.database.CodedEnum;

/** How precisely we know when something happened: the grain of a {@link FuzzyDate}. */
public enum Precision implements CodedEnum {
    DAY, WEEK, MONTH, QUARTER, YEAR,
    /** Known only roughly: "in recent days", "around the turn of the year". */
    APPROXIMATE;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedEnum.Column<Precision> {
        public Column() {
            super(Precision.class);
        }
    }
}
