-- What this case shares with another (its accounts from casework/xref_identifiers, as JSON):
-- the same account; the same phone number under different account identifiers; and persons
-- (resolved entities) joined by a shared account or phone, with every account of the person on
-- each side. Amounts are what each case's latest trace run traced into those accounts.
-- Unless $all, only what either case's trace reached (traced money in or out on either side).
-- params: $other VARCHAR (JSON list from casework/xref_identifiers on the other case), $all BOOLEAN
-- columns: kind, value, here_name, here_accounts, here_traced_in, here_traced_out,
--          other_name, other_accounts, other_traced_in, other_traced_out
WITH latest AS (
  SELECT run_id FROM trace_runs ORDER BY finished_at DESC, rowid DESC LIMIT 1
),
traced AS (
  SELECT account_id, tainted_in, tainted_out FROM trace_accounts WHERE run_id = (SELECT run_id FROM latest)
),
here AS (
  SELECT a.account_id,
         CASE WHEN starts_with(a.account_id, 'wallet:') THEN substr(a.account_id, 8)
              ELSE nullif(regexp_extract(a.account_id, '\+\d{8,15}'), '') END AS phone,
         e.entity_id, e.entity_name, a.holder_name AS holder,
         CAST(coalesce(t.tainted_in, 0) AS DOUBLE) AS traced_in, CAST(coalesce(t.tainted_out, 0) AS DOUBLE) AS traced_out
  FROM account_records a LEFT JOIN account_entities e USING (account_id) LEFT JOIN traced t USING (account_id)
),
other AS (
  SELECT unnest(from_json($other, '[{"account_id":"VARCHAR","phone":"VARCHAR","entity_id":"VARCHAR","entity_name":"VARCHAR","holder":"VARCHAR","traced_in":"DOUBLE","traced_out":"DOUBLE"}]'), recursive := true)
),
same_account AS (
  SELECT 'account' AS kind, h.account_id AS value, coalesce(h.entity_name, h.holder) AS here_name, [h.account_id] AS here_accounts,
         h.traced_in AS here_traced_in, h.traced_out AS here_traced_out,
         coalesce(o.entity_name, o.holder) AS other_name, [o.account_id] AS other_accounts, o.traced_in AS other_traced_in, o.traced_out AS other_traced_out
  FROM here h JOIN other o USING (account_id)
),
same_phone AS (
  SELECT 'phone' AS kind, h.phone AS value, min(coalesce(h.entity_name, h.holder)) AS here_name, list(DISTINCT h.account_id ORDER BY h.account_id) AS here_accounts,
         NULL::DOUBLE AS here_traced_in, NULL::DOUBLE AS here_traced_out,
         min(coalesce(o.entity_name, o.holder)) AS other_name, list(DISTINCT o.account_id ORDER BY o.account_id) AS other_accounts,
         NULL::DOUBLE AS other_traced_in, NULL::DOUBLE AS other_traced_out
  FROM here h JOIN other o ON o.phone = h.phone AND o.account_id <> h.account_id
  WHERE h.phone IS NOT NULL
  GROUP BY h.phone
),
phone_totals AS (
  SELECT p.value,
         (SELECT sum(traced_in) FROM here WHERE list_contains(p.here_accounts, account_id)) AS here_traced_in,
         (SELECT sum(traced_out) FROM here WHERE list_contains(p.here_accounts, account_id)) AS here_traced_out,
         (SELECT sum(traced_in) FROM other WHERE list_contains(p.other_accounts, account_id)) AS other_traced_in,
         (SELECT sum(traced_out) FROM other WHERE list_contains(p.other_accounts, account_id)) AS other_traced_out
  FROM same_phone p
),
person_pairs AS (
  SELECT DISTINCT h.entity_id AS here_entity, o.entity_id AS other_entity
  FROM here h JOIN other o ON o.account_id = h.account_id OR (h.phone IS NOT NULL AND o.phone = h.phone)
  WHERE h.entity_id IS NOT NULL AND o.entity_id IS NOT NULL
),
persons AS (
  SELECT 'person' AS kind, p.here_entity || ' = ' || p.other_entity AS value,
         (SELECT min(entity_name) FROM here WHERE entity_id = p.here_entity) AS here_name,
         (SELECT list(account_id ORDER BY account_id) FROM here WHERE entity_id = p.here_entity) AS here_accounts,
         (SELECT sum(traced_in) FROM here WHERE entity_id = p.here_entity) AS here_traced_in,
         (SELECT sum(traced_out) FROM here WHERE entity_id = p.here_entity) AS here_traced_out,
         (SELECT min(entity_name) FROM other WHERE entity_id = p.other_entity) AS other_name,
         (SELECT list(account_id ORDER BY account_id) FROM other WHERE entity_id = p.other_entity) AS other_accounts,
         (SELECT sum(traced_in) FROM other WHERE entity_id = p.other_entity) AS other_traced_in,
         (SELECT sum(traced_out) FROM other WHERE entity_id = p.other_entity) AS other_traced_out
  FROM person_pairs p
)
SELECT * FROM (
  SELECT * FROM same_account
  UNION ALL
  SELECT p.kind, p.value, p.here_name, p.here_accounts, t.here_traced_in, t.here_traced_out, p.other_name, p.other_accounts, t.other_traced_in, t.other_traced_out
  FROM same_phone p JOIN phone_totals t USING (value)
  UNION ALL
  SELECT * FROM persons
)
WHERE $all OR here_traced_in > 0 OR here_traced_out > 0 OR other_traced_in > 0 OR other_traced_out > 0
ORDER BY CASE kind WHEN 'person' THEN 0 WHEN 'account' THEN 1 ELSE 2 END, value;
