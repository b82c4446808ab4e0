-- The people named in relatives' statements (victims and payers), with the payer's phone and
-- the account the statement was matched to (the payer's account), if any.
-- params: none
-- columns: statement_id, victim, payer_name, payer_phone, payer_account
SELECT s.statement_id, s.victim, s.payer_name, s.payer_phone,
       (SELECT min(t.from_account) FROM statement_matches m JOIN transfer_records t ON t.tx_id = m.tx_id
        WHERE m.statement_id = s.statement_id AND m.chosen) AS payer_account
FROM statement_records s
ORDER BY s.statement_id;
