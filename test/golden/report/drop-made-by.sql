-- Turns a case back into one made before sql/schema/027_trace_runs_made_by.sql: trace_runs
-- without made_by, and a schema stamp that no longer matches (so a read-write open applies
-- the schema again).
ALTER TABLE trace_runs DROP COLUMN made_by;
UPDATE meta SET value = 'old' WHERE key = 'schema_stamp';
