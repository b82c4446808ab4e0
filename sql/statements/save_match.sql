-- Store one candidate match of a statement.
-- params: $statement_id, $tx_id, $rank, $confidence, $chosen, $tranche_group, $reasons (JSON)
INSERT INTO statement_matches (statement_id, tx_id, rank, confidence, chosen, tranche_group, reasons)
VALUES ($statement_id, $tx_id, $rank, $confidence, $chosen, $tranche_group, $reasons);
