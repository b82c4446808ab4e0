-- Whether any transfer states a balance (then the flow queries read the balance columns too).
-- columns: n
SELECT count(*)::INTEGER AS n FROM (
  SELECT 1 FROM trace_flows
  WHERE NOT isnan(bal_from) OR NOT isnan(bal_to) OR NOT isnan(gap_from) OR NOT isnan(gap_to) LIMIT 1
);
