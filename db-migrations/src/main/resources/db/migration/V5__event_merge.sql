-- Two events found to be one are merged: the absorbed event points at the survivor, and what moved
-- is recorded so the merge can be undone exactly.
ALTER TABLE event ADD COLUMN merged_into_id bigint REFERENCES event (id);
ALTER TABLE event_aud ADD COLUMN merged_into_id bigint;

CREATE SEQUENCE event_merge_seq INCREMENT BY 50;
CREATE TABLE event_merge (
    id                 bigint PRIMARY KEY DEFAULT nextval('event_merge_seq'),
    absorbed_id        bigint      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    survivor_id        bigint      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    absorbed_status    text        NOT NULL,
    moved_evidence     bigint[]    NOT NULL,
    moved_statements   bigint[]    NOT NULL,
    moved_positions    bigint[]    NOT NULL,
    added_participants text[]      NOT NULL,
    added_stories      bigint[]    NOT NULL,
    merged_at          timestamptz NOT NULL DEFAULT now(),
    merged_by          text,
    undone_at          timestamptz,
    CONSTRAINT event_merge_not_itself CHECK (absorbed_id <> survivor_id)
);
CREATE INDEX event_merge_absorbed_idx ON event_merge (absorbed_id);
