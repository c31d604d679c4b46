-- The org's own Account fields the rules name (segments[n].org-fields, issue 18), as one text column of
-- name-value lines: the fields are the org's and change with the rules, so no migration per field. The row is
-- replaced on every pull of the account, so a full pull, an incremental one and a deletion keep it right.
ALTER TABLE ts_account ADD COLUMN org_fields VARCHAR(100000);
