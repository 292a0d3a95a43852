-- One-word organisations an article described as such ("shipping company Norvanta"). An article
-- imported later, in any run, finds them where it names them bare ("Norvanta said …"). The first
-- article to describe a name is kept as the evidence for it.
CREATE TABLE established_organisation (
    name       text        PRIMARY KEY,
    source_id  bigint      NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX established_organisation_source_idx ON established_organisation (source_id);
