-- Removes one pattern's rows from detect_found before that detector runs again.
-- params: $pattern VARCHAR
DELETE FROM detect_found WHERE pattern = $pattern;
