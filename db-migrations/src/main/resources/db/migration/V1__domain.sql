-- Dossier's domain schema. Hibernate only validates it; this file is the definition.
--
-- Conventions
--   * Times of record (imported_at, created_at, reviewed_at) are timestamptz.
--   * "When it happened" is a fuzzy date: happened_start .. happened_end (both inclusive, both set)
--     plus the precision it was known at. A fact known to the month has start = first day and
--     end = last day of that month, so a date-range query is one index range scan.
--   * Every extracted fact has a review status and a version for optimistic locking. Facts that an
--     editor has touched (status <> 'proposed' or edited_at set) are never overwritten by an import.
--   * Ids come from one sequence per table that steps by 50, so Hibernate can hand out ids from
--     memory and batch inserts; plain SQL inserts draw from the same sequence through the default.

CREATE SEQUENCE app_user_seq INCREMENT BY 50;
CREATE TABLE app_user (
    id              bigint PRIMARY KEY DEFAULT nextval('app_user_seq'),
    username        text        NOT NULL,
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_key UNIQUE (username),
    CONSTRAINT app_user_username_not_blank CHECK (length(btrim(username)) > 0)
);

CREATE TABLE app_user_role (
    user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text   NOT NULL CHECK (role IN ('editor', 'admin')),
    PRIMARY KEY (user_id, role)
);

CREATE SEQUENCE story_seq INCREMENT BY 50;
CREATE TABLE story (
    id          bigint PRIMARY KEY DEFAULT nextval('story_seq'),
    slug        text        NOT NULL,
    title       text        NOT NULL,
    description text        NOT NULL DEFAULT '',
    keywords    text[]      NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT story_slug_key UNIQUE (slug),
    CONSTRAINT story_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

CREATE SEQUENCE source_seq INCREMENT BY 50;
CREATE TABLE source (
    id           bigint PRIMARY KEY DEFAULT nextval('source_seq'),
    outlet       text,
    url          text,
    title        text        NOT NULL,
    byline       text,
    published_at timestamptz NOT NULL,
    language     text        NOT NULL DEFAULT 'en',
    body         text        NOT NULL,
    content_hash text        NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now(),
    search       tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                     setweight(to_tsvector('english', body), 'B')) STORED,
    CONSTRAINT source_content_hash_key UNIQUE (content_hash),
    CONSTRAINT source_body_not_blank CHECK (length(btrim(body)) > 0),
    CONSTRAINT source_content_hash_hex CHECK (content_hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX source_published_at_idx ON source (published_at DESC);
CREATE INDEX source_search_idx ON source USING gin (search);

CREATE TABLE story_source (
    story_id  bigint NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    source_id bigint NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, source_id)
);
CREATE INDEX story_source_source_idx ON story_source (source_id);

CREATE SEQUENCE actor_seq INCREMENT BY 50;
CREATE TABLE actor (
    id             bigint PRIMARY KEY DEFAULT nextval('actor_seq'),
    kind           text        NOT NULL CHECK (kind IN ('person', 'country', 'organisation', 'group')),
    canonical_name text        NOT NULL,
    description    text        NOT NULL DEFAULT '',
    -- A merged actor is kept (so a wrong merge can be undone) and points at the survivor.
    merged_into_id bigint REFERENCES actor (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    search         tsvector GENERATED ALWAYS AS (
                       to_tsvector('simple', canonical_name || ' ' || description)) STORED,
    CONSTRAINT actor_name_not_blank CHECK (length(btrim(canonical_name)) > 0),
    CONSTRAINT actor_not_merged_into_itself CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
CREATE INDEX actor_search_idx ON actor USING gin (search);
CREATE INDEX actor_merged_into_idx ON actor (merged_into_id) WHERE merged_into_id IS NOT NULL;

CREATE SEQUENCE actor_alias_seq INCREMENT BY 50;
CREATE TABLE actor_alias (
    id              bigint PRIMARY KEY DEFAULT nextval('actor_alias_seq'),
    actor_id        bigint NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    name            text   NOT NULL,
    -- Lower case, accents and punctuation folded: the key aliases are resolved by.
    normalized_name text   NOT NULL,
    CONSTRAINT actor_alias_key UNIQUE (actor_id, normalized_name),
    CONSTRAINT actor_alias_not_blank CHECK (length(normalized_name) > 0)
);
CREATE INDEX actor_alias_normalized_idx ON actor_alias (normalized_name);

CREATE SEQUENCE actor_role_seq INCREMENT BY 50;
CREATE TABLE actor_role (
    id             bigint PRIMARY KEY DEFAULT nextval('actor_role_seq'),
    actor_id       bigint      NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    title          text        NOT NULL,
    affiliation_id bigint REFERENCES actor (id),
    valid_from     date,
    valid_to       date,
    status         text        NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
    version        integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT actor_role_title_not_blank CHECK (length(btrim(title)) > 0),
    CONSTRAINT actor_role_period CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX actor_role_actor_idx ON actor_role (actor_id);
CREATE INDEX actor_role_affiliation_idx ON actor_role (affiliation_id);

CREATE SEQUENCE place_seq INCREMENT BY 50;
CREATE TABLE place (
    id         bigint PRIMARY KEY DEFAULT nextval('place_seq'),
    name       text NOT NULL,
    -- The country the place lies in, as an actor of kind 'country'.
    country_id bigint REFERENCES actor (id),
    latitude   double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT place_name_key UNIQUE (name),
    CONSTRAINT place_name_not_blank CHECK (length(btrim(name)) > 0)
);

CREATE SEQUENCE event_seq INCREMENT BY 50;
CREATE TABLE event (
    id                 bigint PRIMARY KEY DEFAULT nextval('event_seq'),
    kind               text         NOT NULL CHECK (kind IN ('meeting', 'statement', 'military_action',
                                        'diplomatic_step', 'humanitarian', 'accusation', 'agreement',
                                        'election', 'other')),
    summary            text         NOT NULL,
    happened_start     date         NOT NULL,
    happened_end       date         NOT NULL,
    happened_precision text         NOT NULL CHECK (happened_precision IN ('day', 'week', 'month',
                                        'quarter', 'year', 'approximate')),
    reported_at        timestamptz  NOT NULL,
    place_id           bigint REFERENCES place (id),
    status             text         NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
    confidence         numeric(3, 2) NOT NULL DEFAULT 0.50 CHECK (confidence BETWEEN 0 AND 1),
    version            integer      NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    edited_at          timestamptz,
    search             tsvector GENERATED ALWAYS AS (to_tsvector('english', summary)) STORED,
    CONSTRAINT event_summary_not_blank CHECK (length(btrim(summary)) > 0),
    CONSTRAINT event_happened_period CHECK (happened_end >= happened_start)
);
CREATE INDEX event_happened_idx ON event (happened_start, happened_end);
CREATE INDEX event_status_happened_idx ON event (status, happened_start DESC);
CREATE INDEX event_search_idx ON event USING gin (search);

CREATE TABLE event_participant (
    event_id bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actor (id),
    role     text   NOT NULL DEFAULT 'participant' CHECK (role IN ('participant', 'agent', 'target',
                        'host', 'mediator', 'speaker')),
    PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX event_participant_actor_idx ON event_participant (actor_id, event_id);

CREATE TABLE story_event (
    story_id bigint NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    event_id bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, event_id)
);
CREATE INDEX story_event_event_idx ON story_event (event_id);

-- A meeting is an event of kind 'meeting' with what only meetings have; its date, place and
-- participants are the event's, so the timeline shows it without a second copy.
CREATE SEQUENCE meeting_seq INCREMENT BY 50;
CREATE TABLE meeting (
    id       bigint PRIMARY KEY DEFAULT nextval('meeting_seq'),
    event_id bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    format   text   NOT NULL DEFAULT 'talks' CHECK (format IN ('talks', 'meeting', 'summit', 'conference', 'call')),
    outcome  text,
    CONSTRAINT meeting_event_key UNIQUE (event_id)
);

CREATE SEQUENCE statement_seq INCREMENT BY 50;
CREATE TABLE statement (
    id              bigint PRIMARY KEY DEFAULT nextval('statement_seq'),
    speaker_id      bigint REFERENCES actor (id),
    content         text         NOT NULL,
    direct          boolean      NOT NULL,
    cue_verb        text,
    said_start      date,
    said_end        date,
    said_precision  text CHECK (said_precision IN ('day', 'week', 'month', 'quarter', 'year', 'approximate')),
    event_id        bigint REFERENCES event (id) ON DELETE SET NULL,
    status          text         NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
    confidence      numeric(3, 2) NOT NULL DEFAULT 0.50 CHECK (confidence BETWEEN 0 AND 1),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    edited_at       timestamptz,
    search          tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED,
    CONSTRAINT statement_content_not_blank CHECK (length(btrim(content)) > 0),
    CONSTRAINT statement_said_complete CHECK (
        (said_start IS NULL AND said_end IS NULL AND said_precision IS NULL) OR
        (said_start IS NOT NULL AND said_end IS NOT NULL AND said_precision IS NOT NULL AND said_end >= said_start))
);
CREATE INDEX statement_speaker_idx ON statement (speaker_id);
CREATE INDEX statement_event_idx ON statement (event_id);
CREATE INDEX statement_search_idx ON statement USING gin (search);

CREATE SEQUENCE position_seq INCREMENT BY 50;
CREATE TABLE position (
    id              bigint PRIMARY KEY DEFAULT nextval('position_seq'),
    actor_id        bigint       NOT NULL REFERENCES actor (id),
    issue           text         NOT NULL,
    stance          text         NOT NULL CHECK (stance IN ('supports', 'opposes', 'demands', 'rejects',
                                     'accuses', 'warns', 'doubts', 'neutral')),
    since_start     date         NOT NULL,
    since_end       date         NOT NULL,
    since_precision text         NOT NULL CHECK (since_precision IN ('day', 'week', 'month', 'quarter', 'year', 'approximate')),
    statement_id    bigint REFERENCES statement (id) ON DELETE SET NULL,
    event_id        bigint REFERENCES event (id) ON DELETE SET NULL,
    status          text         NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
    confidence      numeric(3, 2) NOT NULL DEFAULT 0.50 CHECK (confidence BETWEEN 0 AND 1),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    edited_at       timestamptz,
    CONSTRAINT position_issue_not_blank CHECK (length(btrim(issue)) > 0),
    CONSTRAINT position_since_period CHECK (since_end >= since_start)
);
CREATE INDEX position_actor_issue_idx ON position (actor_id, issue, since_start);

-- Evidence ties exactly one fact to the exact characters of a source that support it.
CREATE SEQUENCE evidence_seq INCREMENT BY 50;
CREATE TABLE evidence (
    id            bigint PRIMARY KEY DEFAULT nextval('evidence_seq'),
    source_id     bigint      NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    actor_id      bigint REFERENCES actor (id) ON DELETE CASCADE,
    actor_role_id bigint REFERENCES actor_role (id) ON DELETE CASCADE,
    event_id      bigint REFERENCES event (id) ON DELETE CASCADE,
    statement_id  bigint REFERENCES statement (id) ON DELETE CASCADE,
    position_id   bigint REFERENCES position (id) ON DELETE CASCADE,
    start_offset  integer     NOT NULL,
    end_offset    integer     NOT NULL,
    sentence      text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT evidence_one_fact CHECK (num_nonnulls(actor_id, actor_role_id, event_id, statement_id, position_id) = 1),
    CONSTRAINT evidence_span CHECK (start_offset >= 0 AND end_offset > start_offset)
);
CREATE INDEX evidence_source_idx ON evidence (source_id, start_offset);
CREATE INDEX evidence_actor_idx ON evidence (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX evidence_actor_role_idx ON evidence (actor_role_id) WHERE actor_role_id IS NOT NULL;
CREATE INDEX evidence_event_idx ON evidence (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX evidence_statement_idx ON evidence (statement_id) WHERE statement_id IS NOT NULL;
CREATE INDEX evidence_position_idx ON evidence (position_id) WHERE position_id IS NOT NULL;
-- The same span of the same source is evidence for a fact once.
CREATE UNIQUE INDEX evidence_fact_span_key ON evidence (
    source_id, start_offset, end_offset,
    coalesce(actor_id, 0), coalesce(actor_role_id, 0), coalesce(event_id, 0),
    coalesce(statement_id, 0), coalesce(position_id, 0));

CREATE SEQUENCE briefing_seq INCREMENT BY 50;
CREATE TABLE briefing (
    id         bigint PRIMARY KEY DEFAULT nextval('briefing_seq'),
    story_id   bigint      NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    title      text        NOT NULL,
    summary    text        NOT NULL DEFAULT '',
    version    integer     NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT briefing_story_key UNIQUE (story_id)
);

-- The facts an editor chose for a briefing, in the order they chose.
CREATE TABLE briefing_item (
    briefing_id  bigint  NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
    rank         integer NOT NULL CHECK (rank >= 0),
    event_id     bigint REFERENCES event (id) ON DELETE CASCADE,
    statement_id bigint REFERENCES statement (id) ON DELETE CASCADE,
    PRIMARY KEY (briefing_id, rank),
    CONSTRAINT briefing_item_one_fact CHECK (num_nonnulls(event_id, statement_id) = 1)
);

-- A published briefing is frozen: readers of version N see what was published as N.
CREATE SEQUENCE briefing_version_seq INCREMENT BY 50;
CREATE TABLE briefing_version (
    id           bigint PRIMARY KEY DEFAULT nextval('briefing_version_seq'),
    briefing_id  bigint      NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
    number       integer     NOT NULL CHECK (number > 0),
    title        text        NOT NULL,
    summary      text        NOT NULL,
    content      jsonb       NOT NULL,
    as_of        date        NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by bigint REFERENCES app_user (id),
    CONSTRAINT briefing_version_number_key UNIQUE (briefing_id, number)
);
