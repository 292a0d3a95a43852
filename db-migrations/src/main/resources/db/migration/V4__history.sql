-- History of the reviewed facts (Hibernate Envers): every change to an event, statement, position
-- or title is kept as a row of its *_aud table under a revision that says when and who. Bulk
-- statements (actor merges, story filing) are not recorded here.
CREATE SEQUENCE revision_seq;
CREATE TABLE revision (
    id        bigint PRIMARY KEY,
    timestamp bigint NOT NULL,
    editor    text
);

CREATE TABLE event_aud (
    id                 bigint   NOT NULL,
    rev                bigint   NOT NULL REFERENCES revision (id),
    revtype            smallint,
    kind               text,
    summary            text,
    happened_start     date,
    happened_end       date,
    happened_precision text,
    reported_at        timestamptz,
    place_id           bigint,
    status             text,
    confidence         numeric(3, 2),
    created_at         timestamptz,
    edited_at          timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE statement_aud (
    id             bigint   NOT NULL,
    rev            bigint   NOT NULL REFERENCES revision (id),
    revtype        smallint,
    speaker_id     bigint,
    content        text,
    direct         boolean,
    cue_verb       text,
    said_start     date,
    said_end       date,
    said_precision text,
    event_id       bigint,
    status         text,
    confidence     numeric(3, 2),
    created_at     timestamptz,
    edited_at      timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE position_aud (
    id              bigint   NOT NULL,
    rev             bigint   NOT NULL REFERENCES revision (id),
    revtype         smallint,
    actor_id        bigint,
    issue           text,
    stance          text,
    since_start     date,
    since_end       date,
    since_precision text,
    statement_id    bigint,
    event_id        bigint,
    status          text,
    confidence      numeric(3, 2),
    created_at      timestamptz,
    edited_at       timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE actor_role_aud (
    id             bigint   NOT NULL,
    rev            bigint   NOT NULL REFERENCES revision (id),
    revtype        smallint,
    actor_id       bigint,
    title          text,
    affiliation_id bigint,
    valid_from     date,
    valid_to       date,
    status         text,
    created_at     timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX event_aud_rev_idx ON event_aud (rev);
