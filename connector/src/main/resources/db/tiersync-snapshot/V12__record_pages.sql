-- Pages stored whole (issue 18): a first full pull stores each pulled page of opportunities and related records as one
-- row of encoded records instead of a row per record, which profiling showed to be most of the pull's time. Rows in
-- the record tables (incremental pulls, a pull that went on after a stop) hold the newest version of a record and
-- mask any copy of it in a page; a record deleted in the org is kept as a row marked deleted, so its page copy stays
-- masked until the next full pull removes both.
CREATE TABLE ts_record_page (
    org_id     VARCHAR(18) NOT NULL,
    table_name VARCHAR(40) NOT NULL,
    generation BIGINT      NOT NULL,
    first_id   VARCHAR(18) NOT NULL,
    records    INTEGER     NOT NULL,
    body       BYTEA       NOT NULL,
    PRIMARY KEY (org_id, table_name, generation, first_id)
);

ALTER TABLE ts_opportunity ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ts_case ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ts_task ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ts_event ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ts_contact ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ts_contact_role ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
