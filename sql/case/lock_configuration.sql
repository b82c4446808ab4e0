-- Seal a read-only instance (flowtrace sql, docs/security.md): from here on no statement can
-- change a setting, so external access, extension loading and read-only mode stay off/on.
-- params: none
SET lock_configuration = true;
