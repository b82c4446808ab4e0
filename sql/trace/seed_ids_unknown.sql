-- Seed ids that name no transfer in the case (an input error the user must see).
-- columns: tx_id
SELECT s.tx_id FROM trace_seed_ids s ANTI JOIN transfer_records t USING (tx_id) ORDER BY s.tx_id LIMIT 5;
