-- An admin's change to an org's schedule, kept over the configured one across restarts.
CREATE TABLE ts_schedule_override (
    org_name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    cron      VARCHAR(120) NOT NULL,
    time_zone VARCHAR(80)  NOT NULL,
    paused    BOOLEAN      NOT NULL
);
