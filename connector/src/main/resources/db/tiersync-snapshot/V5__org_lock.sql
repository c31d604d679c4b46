-- The run that holds an org: one run of an org at a time, whichever process or node it runs in.
-- On PostgreSQL the row says who holds the org; a session advisory lock is the lock itself, so a run
-- killed with -9 gives the org up when its connection drops. On H2 (one process per file) the row is the
-- lock, and a row left by a process that is gone is taken over.
CREATE TABLE ts_org_lock (
    org_id   VARCHAR(18)  NOT NULL PRIMARY KEY,
    org_name VARCHAR(40)  NOT NULL,
    holder   VARCHAR(200) NOT NULL,
    since    TIMESTAMP WITH TIME ZONE NOT NULL
);
