-- A version number of the published sources is taken once: `sources apply`
-- inserts a version with its number as deduplication token, so of two applies
-- racing for one number the engine writes one, and the other takes the next
-- (src/published-sources.ts).
ALTER TABLE published_sources MODIFY SETTING non_replicated_deduplication_window = 1000;
