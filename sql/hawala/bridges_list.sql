-- Every inferred hawala bridge with its confidence and evidence, for marking it wherever a
-- transfer is shown (trace output, report, exports).
-- params: none
-- columns: tx_id, in_tx, out_tx, broker_in, broker_out, confidence, evidence (JSON list)
SELECT tx_id, in_tx, out_tx, broker_in, broker_out, confidence, evidence FROM hawala_bridges ORDER BY tx_id;
