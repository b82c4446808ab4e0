-- Every source file in the case with its fingerprint, for the run's provenance and run id.
-- columns: path, sha256, format
SELECT path, sha256, format FROM sources ORDER BY sha256;
