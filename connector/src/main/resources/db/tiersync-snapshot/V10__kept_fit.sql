-- The fit a run learnt (issue 18), kept so that incremental runs score every account by the same model: it is
-- learnt again on a full pull (the reconciliation, or one asked for) and when the rules it was learnt by change.
-- The model is the domain's serialized KeptFit; one that does not read (another TierSync build) is learnt again.
CREATE TABLE ts_kept_fit (
    org_id       VARCHAR(18)  NOT NULL,
    learnt_as_of DATE         NOT NULL,
    model        BYTEA        NOT NULL,
    PRIMARY KEY (org_id)
);
