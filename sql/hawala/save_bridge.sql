-- Store the evidence of one inferred bridge.
-- params: $tx_id, $in_tx, $out_tx, $broker_in, $broker_out, $confidence, $evidence (JSON)
INSERT INTO hawala_bridges (tx_id, in_tx, out_tx, broker_in, broker_out, confidence, evidence)
VALUES ($tx_id, $in_tx, $out_tx, $broker_in, $broker_out, $confidence, $evidence);
