-- The compression setting in force (restored after loading transfers, see string_compression_set).
-- columns: method VARCHAR
SELECT current_setting('force_compression') AS method;
