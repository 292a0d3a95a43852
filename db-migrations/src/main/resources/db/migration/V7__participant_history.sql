-- Who took part in an event is part of the event's history: editors correct participants, and a
-- revert must put them back. Envers keeps the element collection's added and removed rows per
-- revision here (setordinal tells apart equal embeddables; there are none in a set, so it stays 0).
-- No primary key: an element removed and added back within one revision gives two rows.
CREATE TABLE event_participant_aud (
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    event_id   bigint   NOT NULL,
    actor_id   bigint   NOT NULL,
    role       text     NOT NULL,
    setordinal integer  NOT NULL DEFAULT 0
);
CREATE INDEX event_participant_aud_event_idx ON event_participant_aud (event_id, rev);
