-- Replace 'phone:<as written>' placeholders in staged accounts by the normalised account id,
-- and type the id: wallet or masked (a masked number is never turned into a real one).
UPDATE stage_derived_accounts SET
  account_id = (SELECT m.account_id FROM phone_map m WHERE m.raw = stage_derived_accounts.account_id),
  id_type = CASE WHEN (SELECT m.account_id FROM phone_map m WHERE m.raw = stage_derived_accounts.account_id) LIKE 'masked:%'
                 THEN 'masked' ELSE coalesce(id_type, 'wallet') END
WHERE account_id LIKE 'phone:%'
