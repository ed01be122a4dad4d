-- Schema version 1: drafts and what belongs to each of them.
-- Applied inside one transaction by composer/storage/database.py; never edit a released
-- migration, add the next numbered file instead.

CREATE TABLE drafts (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'draft',
    master       TEXT NOT NULL DEFAULT '',
    channels     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels)),
    role         TEXT NOT NULL DEFAULT 'organisation',
    pack         TEXT NOT NULL DEFAULT 'kokkola',
    paid         INTEGER NOT NULL DEFAULT 0 CHECK (paid IN (0, 1)),
    paid_record  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(paid_record)),
    checklist    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checklist)),
    extra        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra)),  -- draft fields with no column yet
    position     INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL DEFAULT '',   -- SHA-256 of the stored form; unchanged saves are skipped
    created      TEXT NOT NULL,              -- ISO 8601, UTC
    updated      TEXT NOT NULL,
    deleted_at   TEXT                        -- set by a soft delete, so undo can bring the draft back
);
CREATE INDEX drafts_live_by_position ON drafts (position) WHERE deleted_at IS NULL;
CREATE INDEX drafts_deleted ON drafts (deleted_at) WHERE deleted_at IS NOT NULL;

-- The text of a channel variant that no longer follows the master text.
CREATE TABLE variants (
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    channel  TEXT NOT NULL,
    own_text TEXT NOT NULL,
    PRIMARY KEY (draft_id, channel)
);

-- Images and videos. A copied file lives in <data dir>/media/<sha256><ext>; file_name is
-- the name it had when it was added. path is only set when no copy exists (the file was
-- missing when the draft was saved).
CREATE TABLE media (
    draft_id  TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('image', 'video')),
    alt       TEXT,
    captions  INTEGER CHECK (captions IN (0, 1)),
    sha256    TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
    file_name TEXT,
    path      TEXT,
    PRIMARY KEY (draft_id, position)
);

-- Findings the author chose to ignore, with the reason they gave.
CREATE TABLE ignored (
    draft_id   TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    target     TEXT NOT NULL,
    excerpt    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    ignored_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, rule, target, excerpt)
);

-- History: whole-draft snapshots (the draft_to_dict form; media as stored rows).
CREATE TABLE revisions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id     TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    reason       TEXT NOT NULL,
    state        TEXT NOT NULL,
    title        TEXT NOT NULL,
    excerpt      TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    snapshot     TEXT NOT NULL CHECK (json_valid(snapshot))
);
CREATE INDEX revisions_by_draft ON revisions (draft_id, id);
