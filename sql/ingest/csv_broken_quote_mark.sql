-- Give a row with an unterminated quote its own text and reason back: while the file was read
-- again it stood in as a placeholder line ($placeholder, rejected for its field count, which
-- gave it its row number); see src/ingest/stageCsv.ts.
-- params: $placeholder VARCHAR, $raw VARCHAR
UPDATE stage_rejects
SET raw = $raw, reason_code = 'broken_quote',
    reason = 'unterminated quote: the quoted value is not closed on its row (the rows after it are read on their own)'
WHERE raw = $placeholder;
