-- Accounts are stored in pages too (issue 18): a first full pull stores each page of accounts as one row of
-- ts_record_page; a written account is stored as a row, masking its copy in a page, and an account deleted in the org
-- stays as a row marked deleted until the next full pull.
ALTER TABLE ts_account ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
