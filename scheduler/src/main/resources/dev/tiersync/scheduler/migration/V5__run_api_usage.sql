-- The org's API requests used that day and its daily limit, as Salesforce reported them in the run.
ALTER TABLE ts_run ADD COLUMN api_used INTEGER;
ALTER TABLE ts_run ADD COLUMN api_limit INTEGER;
