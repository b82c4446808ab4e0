-- A statements CSV read as text, exactly as written (the matcher interprets the fields).
-- params: $path VARCHAR
-- columns: whatever the file's header names (checked by the caller)
SELECT * FROM read_csv($path, all_varchar = true, header = true, auto_detect = true, null_padding = true);
