-- What an actor merge moved, so that a wrong merge can be undone exactly.
CREATE SEQUENCE actor_merge_seq INCREMENT BY 50;
CREATE TABLE actor_merge (
    id                   bigint PRIMARY KEY DEFAULT nextval('actor_merge_seq'),
    absorbed_id          bigint      NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    survivor_id          bigint      NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    alias_names          text[]      NOT NULL,
    added_aliases        bigint[]    NOT NULL,
    moved_roles          bigint[]    NOT NULL,
    moved_evidence       bigint[]    NOT NULL,
    moved_affiliations   bigint[]    NOT NULL,
    moved_statements     bigint[]    NOT NULL,
    moved_positions      bigint[]    NOT NULL,
    moved_places         bigint[]    NOT NULL,
    moved_participants   text[]      NOT NULL,
    dropped_participants text[]      NOT NULL,
    merged_at            timestamptz NOT NULL DEFAULT now(),
    merged_by            text,
    undone_at            timestamptz,
    CONSTRAINT actor_merge_not_itself CHECK (absorbed_id <> survivor_id)
);
