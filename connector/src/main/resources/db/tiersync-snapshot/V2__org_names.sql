-- The configured name each org is synced under, so its snapshot can be found by name without a login.
CREATE TABLE ts_org_name (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    org_id     VARCHAR(18) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
