"""The draft and its records, Qt-free: `Draft` (master text, channel variants, media, paid
record, role, pack, approvals, comments, state history), the lossless JSON codec, the
in-memory library of drafts, draft files from disk, the before-publishing checklist and
media-file helpers."""
