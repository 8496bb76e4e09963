-- Size and modification time of each loaded drop file, so a sync recognises
-- a file it has loaded without reading it (a folder grows nightly; hashing
-- every old file again each night would read the whole history). Rows from
-- before this migration have 0: their files are hashed once more.
ALTER TABLE loaded_files ADD COLUMN IF NOT EXISTS size UInt64 DEFAULT 0;
ALTER TABLE loaded_files ADD COLUMN IF NOT EXISTS mtime_ms Float64 DEFAULT 0;
