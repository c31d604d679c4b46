-- A pull that began and has not finished (stopped by the API limit, a failure or the process ending): what it pulls
-- and how far each object has come, so the next run goes on from there instead of starting over. The rows go when
-- the pull finishes and its cursor is saved.
CREATE TABLE ts_pull_run (
    org_id        VARCHAR(18)   NOT NULL PRIMARY KEY,
    generation    BIGINT        NOT NULL,
    full_pull     BOOLEAN       NOT NULL,
    changed_since TIMESTAMP WITH TIME ZONE,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    begun_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    -- the org's own Account fields the pull selects, comma-separated: a pull is resumed only for the same fields
    org_fields    VARCHAR(4000) NOT NULL
);

CREATE TABLE ts_pull_position (
    org_id      VARCHAR(18) NOT NULL,
    object_name VARCHAR(80) NOT NULL,
    whole       BOOLEAN     NOT NULL,
    after_id    VARCHAR(18),
    done        BOOLEAN     NOT NULL,
    records     INTEGER     NOT NULL,
    -- one stream of a pull split by id ranges: its first id and the first id after it (null: open)
    range_from  VARCHAR(18),
    range_to    VARCHAR(18),
    PRIMARY KEY (org_id, object_name)
);
