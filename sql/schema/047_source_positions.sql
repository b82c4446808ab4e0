-- Where a row sits in a paged document (PDF statements and receipts): its page and the line on
-- that page where it starts, so a report can point to "page 3, line 14" of the file whose
-- SHA-256 sources holds. One row per staged data row of such a file (loaded or quarantined:
-- join on source_id and source_row). Files without pages have no rows here.
CREATE TABLE IF NOT EXISTS source_positions (
  source_id  INTEGER NOT NULL,
  source_row BIGINT  NOT NULL,
  page       INTEGER NOT NULL,   -- 1-based
  line       INTEGER NOT NULL    -- 1-based, counting every line with text on the page
);
