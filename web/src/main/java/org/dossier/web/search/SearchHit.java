package org.dossier.web.search;

import java.time.LocalDate;
import org.dossier.core.database.CodedEnum;

/** One search result: what it is, its title, a snippet with the matching words marked. */
public record SearchHit(Type type, long id, String title, Snippet snippet, LocalDate date, String detail) {

    public enum Type implements CodedEnum {
        EVENT, STATEMENT, ACTOR, SOURCE;

        public String path() {
            return "/" + code() + "s/";
        }
    }

    public String href() {
        return type.path() + id;
    }
}
