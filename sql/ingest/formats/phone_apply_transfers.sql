-- Replace 'phone:<as written>' placeholders in staged transfers by the normalised account id.
UPDATE stage_transfers SET
  from_account = CASE WHEN from_account LIKE 'phone:%'
                      THEN (SELECT m.account_id FROM phone_map m WHERE m.raw = stage_transfers.from_account)
                      ELSE from_account END,
  to_account   = CASE WHEN to_account LIKE 'phone:%'
                      THEN (SELECT m.account_id FROM phone_map m WHERE m.raw = stage_transfers.to_account)
                      ELSE to_account END
WHERE from_account LIKE 'phone:%' OR to_account LIKE 'phone:%'
