package org.dossier.core.review;

import org.dossier.core.database.CodedEnum;

/**
 * Where an extracted fact stands with the editors. Readers see approved facts; an import never
 * changes a fact that is no longer {@link #PROPOSED}.
 */
public enum ReviewStatus implements CodedEnum {
    PROPOSED, APPROVED, REJECTED;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedEnum.Column<ReviewStatus> {
        public Column() {
            super(ReviewStatus.class);
        }
    }
}
