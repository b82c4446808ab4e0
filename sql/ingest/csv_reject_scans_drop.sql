-- Forget the previous file's CSV scan descriptions (companion of csv_rejects).
DROP TABLE IF EXISTS csv_reject_scans;
