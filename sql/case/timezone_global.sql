-- Make UTC the timezone of every session of a sealed (sql command) instance, before its
-- configuration is locked: timestamps are stored as UTC (see src/db/connect.ts).
-- params: none
SET GLOBAL TimeZone = 'UTC';
