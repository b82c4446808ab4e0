-- A CSV without a header line → mapped_rows, with the column names the mapping gives
-- (follow-the-money's transaction_header). $skip lines come before the first data line.
-- Parameters: $path, $skip, $delim, $quote, $names.
INSERT INTO mapped_rows
SELECT row_number() OVER () AS n, to_json(t)
FROM read_csv($path, header = false, skip = $skip, delim = $delim, quote = $quote, escape = $quote,
              all_varchar = true, null_padding = true, names = $names) t
