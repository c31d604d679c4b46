-- Every run's outcome, with the records Salesforce refused, kept for tiersync.history.retention.
CREATE TABLE ts_run (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_key             VARCHAR(255)  NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    dry_run             BOOLEAN       NOT NULL,
    full_pull           BOOLEAN       NOT NULL,
    accounts_assessed   INTEGER       NOT NULL,
    accounts_pulled     INTEGER       NOT NULL,
    opportunities_pulled INTEGER      NOT NULL,
    accounts_changed    INTEGER       NOT NULL,
    accounts_written    INTEGER       NOT NULL,
    failures            INTEGER       NOT NULL,
    api_calls           INTEGER       NOT NULL,
    duration_ms         BIGINT        NOT NULL,
    error               VARCHAR(4000),
    report_json         VARCHAR(1000000) NOT NULL
);

CREATE INDEX ts_run_org_started ON ts_run (org_key, started_at);

CREATE TABLE ts_run_error (
    run_id      VARCHAR(36)   NOT NULL,
    account_id  VARCHAR(18)   NOT NULL,
    status_code VARCHAR(100)  NOT NULL,
    message     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, account_id)
);
