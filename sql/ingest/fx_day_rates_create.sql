-- The FX rate in force on each day, per currency, for valuing the file being loaded: from a
-- currency's first rate to its last, the most recent rate on or before that day. Kept as its
-- own small table (exact size known to the planner) so that transfers look their rate up by
-- an equality join built on this side, never on the millions of transfer rows.
-- $rate_source: only rates declared with that source (NULL: any; among several rates of the
-- same date the one loaded last). The reporting currency needs no rate and is left out.
-- params: $reporting VARCHAR, $rate_source VARCHAR
CREATE OR REPLACE TEMP TABLE fx_day_rates AS
WITH rates AS (
  SELECT currency, "date", rate_to_reporting AS rate, rate_source
  FROM fx_rates
  WHERE ($rate_source IS NULL OR rate_source = $rate_source) AND currency <> $reporting
  QUALIFY row_number() OVER (PARTITION BY currency, "date" ORDER BY source_id DESC NULLS LAST, source_row DESC NULLS LAST) = 1
),
days AS (
  SELECT f.currency, CAST(g.day AS DATE) AS day
  FROM (SELECT currency, min("date") AS first_day, max("date") AS last_day FROM rates GROUP BY currency) f,
       LATERAL (SELECT unnest(range(CAST(f.first_day AS TIMESTAMP), CAST(f.last_day AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 DAY)) AS day) g
)
SELECT d.currency, d.day, r.rate, r.rate_source,
       d.day = max(d.day) OVER (PARTITION BY d.currency) AS is_last
FROM days d ASOF JOIN rates r ON r.currency = d.currency AND d.day >= r."date";
