-- A counter that moves whenever anything a reader can see changes, whichever process changed it
-- (the web application, the importer, psql). Pages rendered for readers are cached under the
-- generation they were rendered at, and their ETags carry it.
--
-- A sequence, not a counter row: nextval never blocks a concurrent transaction and is cheap enough
-- to call once per changing statement. It moves before the change commits, so a page rendered in
-- that instant can be cached under the new generation without the change; the cache therefore also
-- expires entries after a short time (org.dossier.web.cache.RenderedPages).
CREATE SEQUENCE content_generation;

CREATE FUNCTION bump_content_generation() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('content_generation');
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    watched text;
BEGIN
    FOREACH watched IN ARRAY ARRAY['source', 'story', 'story_source', 'story_event', 'actor', 'actor_alias',
            'actor_role', 'place', 'event', 'event_participant', 'meeting', 'statement', 'position', 'evidence',
            'briefing', 'briefing_item', 'briefing_version']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_content_generation()',
                       watched || '_moves_generation', watched);
    END LOOP;
END;
$$;
