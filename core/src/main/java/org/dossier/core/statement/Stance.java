package org.dossier.core.statement;

import org.dossier.core.database.CodedEnum;

/** How an actor stands on an issue, in the words reporting verbs give it. */
public enum Stance implements CodedEnum {
    SUPPORTS, OPPOSES, DEMANDS, REJECTS, ACCUSES, WARNS, DOUBTS, NEUTRAL;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedEnum.Column<Stance> {
        public Column() {
            super(Stance.class);
        }
    }
}
