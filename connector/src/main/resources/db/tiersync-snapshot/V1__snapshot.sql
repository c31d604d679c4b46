-- What TierSync keeps of each org between runs. Portable SQL: H2 (the embedded default) and PostgreSQL.

CREATE TABLE ts_account (
    org_id              VARCHAR(18)  NOT NULL,
    id                  VARCHAR(18)  NOT NULL,
    generation          BIGINT       NOT NULL,
    system_modstamp     TIMESTAMP WITH TIME ZONE NOT NULL,
    name                VARCHAR(255),
    industry            VARCHAR(255),
    annual_revenue      NUMERIC(38, 4),
    number_of_employees INTEGER,
    billing_country     VARCHAR(255),
    account_type        VARCHAR(255),
    parent_id           VARCHAR(18),
    created_date        TIMESTAMP WITH TIME ZONE,
    tier                VARCHAR(20),
    model_tier          VARCHAR(20),
    previous_tier       VARCHAR(20),
    tier_changed_on     DATE,
    segment             VARCHAR(255),
    size_band           VARCHAR(40),
    region              VARCHAR(40),
    value_score         DOUBLE PRECISION,
    churn_risk          VARCHAR(20),
    upsell_candidate    BOOLEAN,
    reasons             VARCHAR(1000),
    segments_updated_at TIMESTAMP WITH TIME ZONE,
    pin_tier            VARCHAR(20),
    pin_until           DATE,
    pin_reason          VARCHAR(1000),
    PRIMARY KEY (org_id, id)
);

CREATE TABLE ts_opportunity (
    org_id          VARCHAR(18)  NOT NULL,
    id              VARCHAR(18)  NOT NULL,
    generation      BIGINT       NOT NULL,
    system_modstamp TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id      VARCHAR(18),
    amount          DOUBLE PRECISION NOT NULL,
    stage_name      VARCHAR(255),
    is_closed       BOOLEAN      NOT NULL,
    is_won          BOOLEAN      NOT NULL,
    close_date      DATE,
    created_date    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE ts_sync_cursor (
    org_id             VARCHAR(18) NOT NULL PRIMARY KEY,
    pulled_up_to       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_full_pull     TIMESTAMP WITH TIME ZONE NOT NULL,
    generation         BIGINT NOT NULL
);

CREATE TABLE ts_write_ledger (
    org_id       VARCHAR(18)   NOT NULL,
    account_id   VARCHAR(18)   NOT NULL,
    status_code  VARCHAR(100)  NOT NULL,
    message      VARCHAR(4000) NOT NULL,
    first_failed TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failed  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER       NOT NULL,
    PRIMARY KEY (org_id, account_id)
);
