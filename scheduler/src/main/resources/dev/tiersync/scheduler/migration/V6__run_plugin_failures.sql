-- The plugins a run switched off because they threw (during the run, or as its run listeners were told), for
-- the run's history and its org's health indicator; kept and deleted with the run.
CREATE TABLE ts_run_plugin_failure (
    run_id       VARCHAR(36)   NOT NULL,
    plugin_id    VARCHAR(64)   NOT NULL,
    jar          VARCHAR(255)  NOT NULL,
    point        VARCHAR(40)   NOT NULL,
    contribution VARCHAR(64)   NOT NULL,
    account_id   VARCHAR(18),
    error        VARCHAR(4000) NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, plugin_id)
);
