-- Schema version 2: the team's records on a draft, and what the window remembers.

-- One approval per channel variant, bound to the hash of the approved content.
CREATE TABLE approvals (
    draft_id     TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    channel      TEXT NOT NULL,
    reviewer     TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    content      TEXT NOT NULL,
    at           TEXT NOT NULL,
    signature    TEXT NOT NULL DEFAULT '',
    public_key   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, channel)
);

-- Comments keep their id, so a returned review package updates them instead of copying.
-- The key includes the draft: a comment id seen on two drafts never moves between them.
CREATE TABLE comments (
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    position INTEGER NOT NULL,
    author   TEXT NOT NULL,
    body     TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (draft_id, id)
);
CREATE INDEX comments_by_draft ON comments (draft_id, position);

-- The workflow steps a draft has taken, in order.
CREATE TABLE state_changes (
    draft_id   TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    PRIMARY KEY (draft_id, seq)
);

-- What the window remembers between runs: open drafts, the selected one, cursors.
CREATE TABLE ui_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL CHECK (json_valid(value))
);
