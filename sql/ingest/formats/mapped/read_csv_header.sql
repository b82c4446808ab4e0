-- A CSV with a header line → mapped_rows (column name → text; every cell as text, quoted
-- multi-line fields honoured, short rows padded). $skip lines come before the header.
-- Parameters: $path, $skip, $delim, $quote.
INSERT INTO mapped_rows
SELECT row_number() OVER () AS n, to_json(t)
FROM read_csv($path, header = true, skip = $skip, delim = $delim, quote = $quote, escape = $quote,
              all_varchar = true, null_padding = true) t
