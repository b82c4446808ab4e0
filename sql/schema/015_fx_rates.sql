-- Exchange rates into the reporting currency: value = amount * rate_to_reporting, using the
-- most recent rate on or before the transfer's date. rate_source names where the rate comes
-- from (official, parallel market, ...), because ETB, SDG, LYD and ERN have several.
CREATE TABLE IF NOT EXISTS fx_rates (
  date              DATE NOT NULL,
  currency          VARCHAR NOT NULL,
  rate_to_reporting DECIMAL(24,10) NOT NULL,
  rate_source       VARCHAR NOT NULL,
  source_id         INTEGER,
  source_row        BIGINT
);
