-- Stated balances reconciled in the statement's own currency: one row per balance_after_from /
-- balance_after_to of a record, with the native gap and its conversion (how and why:
-- sql/trace/balances_rebuild.sql). Rebuilt with trace_flows (same stamp); never edited by
-- hand. trace_notes' hidden_deposit / hidden_withdrawal rows show these figures.
CREATE TABLE IF NOT EXISTS trace_balances (
  load_seq        BIGINT,
  side            VARCHAR,          -- from | to: whose balance (the sender's or the receiver's)
  account_id      VARCHAR,
  currency        VARCHAR,          -- the balance's currency: that side's currency of the transfer
  stated          DECIMAL(18,2),    -- native, after the transfer, as the record states it
  stated_before   DECIMAL(18,2),    -- native, before the transfer, as the record implies
  computed_before DECIMAL(18,2),    -- native, from the previous stated balance and the records since (NULL: basis reporting)
  gap             DECIMAL(18,2),    -- native: hidden deposit (> 0) or withdrawal (< 0) (NULL: basis reporting)
  rate            DECIMAL(24,10),   -- reporting-currency units per native unit at this transfer
  converted       DECIMAL(18,2),    -- basis native: gap × rate; basis reporting: stated × rate
  basis           VARCHAR           -- native | reporting (no earlier stated balance in this currency to start from)
);
