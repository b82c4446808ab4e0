-- ft_short_code(id, type, agent_types): a phone-typed id that is a short code (3-7 digits: an
-- agent's or merchant's number in mobile-money records, never a phone) → agent:<code> when the
-- row's transaction type (lower case) is one of agent_types (cash in/out), else merchant:<code>.
-- Other ids are returned unchanged.
CREATE OR REPLACE TEMP MACRO ft_short_code(id, type, agent_types) AS
  CASE
    WHEN id IS NULL OR NOT regexp_matches(id, '^phone:[0-9]{3,7}$') THEN id
    WHEN list_contains(agent_types, type) THEN 'agent:' || substr(id, 7)
    ELSE 'merchant:' || substr(id, 7)
  END
