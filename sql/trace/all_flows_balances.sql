-- As trace/all_flows, plus the stated balances (bal_from, bal_to, gap_from, gap_to; 'nan' = none), used when the
-- case has any.
-- params: $until DOUBLE (epoch s), $inferred BOOLEAN
-- columns: from_key, to_key, value_out, value_in, pos, load_seq, bal_from, bal_to, gap_from, gap_to
SELECT from_key, to_key, value_out, value_in, pos, load_seq, bal_from, bal_to, gap_from, gap_to
FROM trace_flows WHERE ts <= $until AND (NOT inferred OR $inferred);
