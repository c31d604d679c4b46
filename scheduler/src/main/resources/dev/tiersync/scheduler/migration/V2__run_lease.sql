-- Who may write to an org right now: one node at a time, for a lease it renews while its run lasts.
CREATE TABLE ts_run_lease (
    org_key    VARCHAR(255) NOT NULL PRIMARY KEY,
    owner      VARCHAR(255) NOT NULL,
    run_id     VARCHAR(64)  NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
