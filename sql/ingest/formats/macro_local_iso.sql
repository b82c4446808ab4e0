-- ft_local_iso(ts, tz_name, tz_offset): a local wall-clock TIMESTAMP as ISO 8601 text with an
-- offset, for the staging tables. With a fixed offset ("+03:00", EAT) the text keeps it; with an
-- IANA zone the wall time is converted to UTC by ICU (DST-aware) and written with +00:00.
-- Parameters: none (a macro; callers bind tz_name/tz_offset from zoneParams()).
CREATE OR REPLACE TEMP MACRO ft_local_iso(ts, tz_name, tz_offset) AS
  CASE
    WHEN ts IS NULL THEN NULL
    WHEN tz_offset IS NOT NULL THEN strftime(ts, '%Y-%m-%dT%H:%M:%S') || tz_offset
    ELSE strftime(timezone(tz_name, ts), '%Y-%m-%dT%H:%M:%S') || '+00:00'
  END
