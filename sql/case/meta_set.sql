-- Set one case setting.
-- params: $key VARCHAR, $value VARCHAR
INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value);
