-- Inferred hawala bridges: transfer_records rows with inferred = true that this stage added,
-- with what they rest on. in_tx is the payer → hawaladar A leg, out_tx the hawaladar B →
-- collector leg; the bridge moves the money from A's account to B's account (the commission
-- is its fee: value_out - value_in). evidence is a JSON list of sentences.
CREATE TABLE IF NOT EXISTS hawala_bridges (
  tx_id      VARCHAR PRIMARY KEY,
  in_tx      VARCHAR NOT NULL,
  out_tx     VARCHAR NOT NULL,
  broker_in  VARCHAR NOT NULL,
  broker_out VARCHAR NOT NULL,
  confidence DOUBLE  NOT NULL,
  evidence   VARCHAR NOT NULL
);
