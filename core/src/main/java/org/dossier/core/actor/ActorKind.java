package org.dossier.core.actor;

import org.dossier.core.database.CodedEnum;

public enum ActorKind implements CodedEnum {
    PERSON, COUNTRY, ORGANISATION,
    /** Armed or political groups that are not formal organisations: "the rebels", "opposition groups". */
    GROUP;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedEnum.Column<ActorKind> {
        public Column() {
            super(ActorKind.class);
        }
    }
}
