-- The Account's Website (a standard URL field, up to 255 characters), read so plugins can match outside data by domain.
ALTER TABLE ts_account ADD COLUMN website VARCHAR(255);
