-- An investigator's links file (account_a,account_b,decision[,note]) or identifiers file
-- (account_id,type,value), read as text.
-- params: $path VARCHAR
SELECT * FROM read_csv($path, all_varchar = true, header = true, auto_detect = true, null_padding = true);
