-- Bridges are recomputed as a whole: remove the inferred transfers this stage added before.
-- params: none
DELETE FROM transfer_records WHERE inferred AND tx_id IN (SELECT tx_id FROM hawala_bridges);
