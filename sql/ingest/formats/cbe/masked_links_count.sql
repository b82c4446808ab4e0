-- How many masked accounts a receipt file linked (ingest/formats/cbe/masked_links_insert).
-- Parameters: $source_id. Columns: links.
SELECT count(*) AS links FROM masked_account_links WHERE source_id = $source_id
