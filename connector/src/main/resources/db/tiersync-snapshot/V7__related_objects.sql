-- The objects besides Account and Opportunity that the behaviour rules read (issue 18): only the fields they use.

CREATE TABLE ts_case (
    org_id          VARCHAR(18)  NOT NULL,
    id              VARCHAR(18)  NOT NULL,
    generation      BIGINT       NOT NULL,
    system_modstamp TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id      VARCHAR(18),
    priority        VARCHAR(255),
    created_date    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE ts_task (
    org_id          VARCHAR(18)  NOT NULL,
    id              VARCHAR(18)  NOT NULL,
    generation      BIGINT       NOT NULL,
    system_modstamp TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id      VARCHAR(18),
    activity_type   VARCHAR(255),
    task_subtype    VARCHAR(255),
    activity_date   DATE,
    created_date    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE ts_event (
    org_id          VARCHAR(18)  NOT NULL,
    id              VARCHAR(18)  NOT NULL,
    generation      BIGINT       NOT NULL,
    system_modstamp TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id      VARCHAR(18),
    activity_date   DATE,
    created_date    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE ts_contact (
    org_id          VARCHAR(18)  NOT NULL,
    id              VARCHAR(18)  NOT NULL,
    generation      BIGINT       NOT NULL,
    system_modstamp TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id      VARCHAR(18),
    created_date    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE ts_contact_role (
    org_id          VARCHAR(18)  NOT NULL,
    id              VARCHAR(18)  NOT NULL,
    generation      BIGINT       NOT NULL,
    system_modstamp TIMESTAMP WITH TIME ZONE NOT NULL,
    opportunity_id  VARCHAR(18),
    contact_id      VARCHAR(18),
    PRIMARY KEY (org_id, id)
);

-- Which generation each related object was last pulled in full: an object first read by an incremental run
-- (newly granted, or newly needed by the rules) is pulled in full once.
CREATE TABLE ts_related_pull (
    org_id      VARCHAR(18)  NOT NULL,
    object_name VARCHAR(80)  NOT NULL,
    generation  BIGINT       NOT NULL,
    PRIMARY KEY (org_id, object_name)
);
