-- Whether an identifier names an account, a transfer, or both, in this case.
-- params: $target VARCHAR
-- columns: is_account BOOLEAN, is_transfer BOOLEAN
SELECT EXISTS (SELECT 1 FROM account_records WHERE account_id = $target) AS is_account,
       EXISTS (SELECT 1 FROM transfer_records WHERE tx_id = $target) AS is_transfer;
