-- Editors correct a meeting's outcome (and format) on its event's form, so a meeting's changes are
-- kept as its event's are (Hibernate Envers, see V4).
CREATE TABLE meeting_aud (
    id       bigint   NOT NULL,
    rev      bigint   NOT NULL REFERENCES revision (id),
    revtype  smallint,
    event_id bigint,
    format   text,
    outcome  text,
    PRIMARY KEY (id, rev)
);
CREATE INDEX meeting_aud_rev_idx ON meeting_aud (rev);
