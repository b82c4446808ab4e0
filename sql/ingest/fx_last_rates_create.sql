-- Each currency's last day in fx_day_rates with its rate: transfers after it use that rate.
CREATE OR REPLACE TEMP TABLE fx_last_rates AS
SELECT currency, day AS last_day, rate, rate_source FROM fx_day_rates WHERE is_last;
