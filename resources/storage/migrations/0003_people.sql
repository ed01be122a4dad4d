-- Schema version 3: who is in each picture and who agreed (issue 19).

-- A media item's people record (the composer.model.people_record dict form), or NULL
-- when nobody has said yet who the picture shows.
ALTER TABLE media ADD COLUMN people TEXT CHECK (people IS NULL OR json_valid(people));

-- The last people record given for an image or video file, by the SHA-256 of its bytes:
-- the same photo added to a second draft is filled in without asking again. Purged with
-- the media files once no draft or revision uses the file.
CREATE TABLE people_records (
    sha256  TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    record  TEXT NOT NULL CHECK (json_valid(record)),
    updated TEXT NOT NULL
);
