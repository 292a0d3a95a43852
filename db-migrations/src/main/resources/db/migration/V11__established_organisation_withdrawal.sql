-- An editor may withdraw a name wrongly established ("pharmaceutical company Tamiflu" in a reader's
-- comment): it is then no longer recognised, and an article describing it again does not bring it
-- back, since the editor's decision stands over the importer's.
ALTER TABLE established_organisation
    ADD COLUMN withdrawn_at timestamptz,
    ADD COLUMN withdrawn_by text;
