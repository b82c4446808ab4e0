-- Seed ids that name no transfer in the case (an input error the user must see).
-- columns: tx_id
SELECT tx_id FROM trace_seed_pos WHERE load_seq IS NULL ORDER BY tx_id LIMIT 5;
