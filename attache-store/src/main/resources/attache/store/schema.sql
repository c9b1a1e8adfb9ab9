-- Attaché store, schema version 1. Documented in docs/store.md; column names are a contract.
-- Offsets are [start_char, end_char) into articles.text. Statements are separated by ';' at line end.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id             VARCHAR PRIMARY KEY,
    url            VARCHAR,
    outlet         VARCHAR,
    title          VARCHAR,
    published      DATE NOT NULL,
    content_hash   VARCHAR NOT NULL,
    origin         VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    body           VARCHAR NOT NULL,
    dateline_place VARCHAR,
    dateline_date  DATE,
    story_id       VARCHAR,
    document       VARCHAR
);

CREATE TABLE IF NOT EXISTS boilerplate (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS entities (
    article_id    VARCHAR NOT NULL,
    idx           INTEGER NOT NULL,
    sentence      INTEGER NOT NULL,
    type          VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    canonical     VARCHAR NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    actor_name    VARCHAR,
    actor_code    VARCHAR,
    actor_country VARCHAR,
    actor_agent   VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS times (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    type        VARCHAR NOT NULL,
    value       VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    resolved_by VARCHAR NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id            VARCHAR NOT NULL,
    idx                   INTEGER NOT NULL,
    text                  VARCHAR NOT NULL,
    start_char            INTEGER NOT NULL,
    end_char              INTEGER NOT NULL,
    speaker               VARCHAR,
    speaker_start         INTEGER,
    speaker_end           INTEGER,
    speaker_actor_code    VARCHAR,
    speaker_actor_country VARCHAR,
    speaker_actor_agent   VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id         VARCHAR NOT NULL,
    idx                INTEGER NOT NULL,
    sentence           INTEGER NOT NULL,
    text               VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    actor_name         VARCHAR NOT NULL,
    actor_code         VARCHAR NOT NULL,
    actor_country      VARCHAR,
    actor_organisation VARCHAR,
    actor_agent        VARCHAR,
    actor_secondary    VARCHAR,
    actor_source       VARCHAR NOT NULL,
    antecedent_start   INTEGER,
    antecedent_end     INTEGER,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    source_name    VARCHAR NOT NULL,
    source_code    VARCHAR NOT NULL,
    source_country VARCHAR,
    source_agent   VARCHAR,
    source_start   INTEGER NOT NULL,
    source_end     INTEGER NOT NULL,
    target_name    VARCHAR,
    target_code    VARCHAR,
    target_country VARCHAR,
    target_agent   VARCHAR,
    target_start   INTEGER,
    target_end     INTEGER,
    type           VARCHAR NOT NULL,
    mode           VARCHAR,
    cameo          VARCHAR NOT NULL,
    cameo_root     VARCHAR NOT NULL,
    cameo_name     VARCHAR NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      DOUBLE NOT NULL,
    event_date     VARCHAR NOT NULL,
    day_from       DATE,
    day_to         DATE,
    date_text      VARCHAR,
    date_source    VARCHAR NOT NULL,
    date_start     INTEGER,
    date_end       INTEGER,
    place          VARCHAR,
    place_country  VARCHAR,
    place_start    INTEGER,
    place_end      INTEGER,
    negated        BOOLEAN NOT NULL,
    modality       VARCHAR NOT NULL,
    claimant_name  VARCHAR,
    claimant_code  VARCHAR,
    claimant_start INTEGER,
    claimant_end   INTEGER,
    sentence       INTEGER NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    trigger_text   VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  VARCHAR NOT NULL,
    pattern        VARCHAR NOT NULL,
    confidence     DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS event_mentions (
    event_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    PRIMARY KEY (event_id, idx)
);

CREATE SEQUENCE IF NOT EXISTS ingest_log_ids START 1;

CREATE TABLE IF NOT EXISTS ingest_log (
    id        BIGINT PRIMARY KEY DEFAULT nextval('ingest_log_ids'),
    origin    VARCHAR NOT NULL,
    reason    VARCHAR NOT NULL,
    logged_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS stories (
    story_id          VARCHAR PRIMARY KEY,
    first_article_id  VARCHAR NOT NULL,
    title             VARCHAR,
    first_published   DATE,
    last_published    DATE,
    num_articles      INTEGER NOT NULL,
    num_sources       INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS merged_events (
    merged_id     VARCHAR PRIMARY KEY,
    source_code   VARCHAR NOT NULL,
    target_code   VARCHAR,
    type          VARCHAR NOT NULL,
    cameo         VARCHAR NOT NULL,
    quad_class    INTEGER NOT NULL,
    goldstein     DOUBLE NOT NULL,
    event_date    VARCHAR NOT NULL,
    day_from      DATE,
    place         VARCHAR,
    place_country VARCHAR,
    negated       BOOLEAN NOT NULL,
    modality      VARCHAR NOT NULL,
    first_article_id VARCHAR NOT NULL,
    num_mentions  INTEGER NOT NULL,
    num_sources   INTEGER NOT NULL,
    num_articles  INTEGER NOT NULL,
    num_stories   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS merged_event_members (
    merged_id VARCHAR NOT NULL,
    event_id  VARCHAR NOT NULL,
    PRIMARY KEY (merged_id, event_id)
);

-- The seen-set of `attache watch`: every feed item met, so that a restarted watcher fetches no page
-- twice. status: ingested, refused, retry (next_attempt set), failed (given up). Times in UTC.
CREATE TABLE IF NOT EXISTS feed_items (
    feed         VARCHAR NOT NULL,
    item_key     VARCHAR NOT NULL,
    link         VARCHAR,
    first_seen   TIMESTAMP NOT NULL,
    status       VARCHAR NOT NULL,
    attempts     INTEGER NOT NULL,
    next_attempt TIMESTAMP,
    detail       VARCHAR,
    PRIMARY KEY (feed, item_key)
);

-- Feeds whose last poll failed, so that `attache watch` keeps backing off across restarts: consecutive
-- failures, when the feed is tried again (UTC), the last error. A feed's row goes when a poll works.
CREATE TABLE IF NOT EXISTS feed_failures (
    feed      VARCHAR PRIMARY KEY,
    failures  INTEGER NOT NULL,
    next_poll TIMESTAMP NOT NULL,
    error     VARCHAR
);

-- Claims, positions and the relations between accounts (docs/claims.md). Written with the article's
-- other facts in its transaction. claim_events ties a claim to the events (events.event_id) it is about.
CREATE TABLE IF NOT EXISTS claims (
    article_id       VARCHAR NOT NULL,
    idx              INTEGER NOT NULL,
    sentence         INTEGER NOT NULL,
    claimant_name    VARCHAR NOT NULL,
    claimant_code    VARCHAR NOT NULL,
    claimant_country VARCHAR,
    claimant_agent   VARCHAR,
    claimant_start   INTEGER NOT NULL,
    claimant_end     INTEGER NOT NULL,
    side             VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,
    cue_start        INTEGER NOT NULL,
    cue_end          INTEGER NOT NULL,
    cue_text         VARCHAR NOT NULL,
    content_start    INTEGER NOT NULL,
    content_end      INTEGER NOT NULL,
    content_text     VARCHAR NOT NULL,
    claim_date       VARCHAR NOT NULL,
    date_source      VARCHAR NOT NULL,
    assessment       VARCHAR NOT NULL,
    outcome          VARCHAR,
    cues             VARCHAR NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS claim_events (
    article_id VARCHAR NOT NULL,
    claim_idx  INTEGER NOT NULL,
    event_id   VARCHAR NOT NULL,
    PRIMARY KEY (article_id, claim_idx, event_id)
);

CREATE TABLE IF NOT EXISTS positions (
    article_id     VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    sentence       INTEGER NOT NULL,
    holder_name    VARCHAR NOT NULL,
    holder_code    VARCHAR NOT NULL,
    holder_country VARCHAR,
    holder_start   INTEGER NOT NULL,
    holder_end     INTEGER NOT NULL,
    stance         VARCHAR NOT NULL,
    cue_start      INTEGER NOT NULL,
    cue_end        INTEGER NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    span_text      VARCHAR NOT NULL,
    phrase         VARCHAR NOT NULL,
    issues         VARCHAR NOT NULL,
    since          VARCHAR NOT NULL,
    date_source    VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS account_relations (
    article_id    VARCHAR NOT NULL,
    idx           INTEGER NOT NULL,
    relation      VARCHAR NOT NULL,
    event_id      VARCHAR,
    episode       VARCHAR,
    reason        VARCHAR NOT NULL,
    first_side    VARCHAR NOT NULL,
    first_claims  VARCHAR NOT NULL,
    second_side   VARCHAR NOT NULL,
    second_claims VARCHAR NOT NULL,
    PRIMARY KEY (article_id, idx)
);
