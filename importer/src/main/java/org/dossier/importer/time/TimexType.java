package org.dossier.importer.time;

/** The TimeML (TIMEX3) types of time expression. */
public enum TimexType {
    /** A calendar date or period: "Friday", "October 2016", "this month". */
    DATE,
    /** A time of day: "8 a.m.", "Friday night". */
    TIME,
    /** A length of time: "5½ years", "two weeks". */
    DURATION,
    /** A recurring time: "every week", "annually". */
    SET
}
