-- Records one detection run.
-- params: $detect_id, $scope_run_id (NULL: whole case), $config (JSON), $summary (JSON), $tool_version VARCHAR,
--         $started_at, $finished_at VARCHAR (ISO timestamps, UTC)
INSERT INTO detect_runs VALUES ($detect_id, $scope_run_id, $config, $summary, $tool_version,
  CAST($started_at AS TIMESTAMP), CAST($finished_at AS TIMESTAMP));
