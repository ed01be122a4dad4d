"""Every sentence a review package can say to the user, in one place.

Each is one plain English sentence; `message(key, **values)` fills it in.
"""
from __future__ import annotations

from composer.review_package.layout import MEDIA_NAME

REFUSED = "This review package was refused: "

MESSAGES: dict[str, str] = {
    # the file as a whole
    "cannot_open": "The file {name} could not be opened ({detail}).",
    "not_zip": "The file {name} is not a Somevahti review package.",
    "damaged": "The review package {name} is damaged or incomplete; ask the sender to send it again.",
    "file_too_big": REFUSED + "the file is larger than the {limit} allowed.",
    # zip entries
    "too_many_members": REFUSED + "it holds {count} files, more than the {limit} allowed.",
    "unsafe_name": REFUSED + "it holds a file with an unsafe name ({member}).",
    "duplicate_name": REFUSED + "it holds the file {member} more than once.",
    "symlink": REFUSED + "{member} is a link, not a file.",
    "not_regular": REFUSED + "{member} is not a regular file.",
    "encrypted": REFUSED + "{member} is encrypted, and review packages never are.",
    "unsupported_compression": REFUSED + "{member} is compressed in a way Somevahti does not read.",
    "member_too_big": REFUSED + "{member} is larger than the {limit} allowed.",
    "total_too_big": REFUSED + "its contents are larger than the {limit} allowed.",
    "zip_bomb": REFUSED + "{member} expands more than {ratio} times, which is how zip bombs work.",
    "unexpected_member": REFUSED + "it holds {member}, which does not belong in a review package.",
    # package.json
    "no_manifest": "The file {name} is not a Somevahti review package: package.json is missing.",
    "bad_json": "The review package {name} is damaged: package.json is not valid JSON ({detail}).",
    "manifest_not_object": "The review package {name} is damaged: package.json does not hold an object.",
    "wrong_format": "The file {name} is not a Somevahti review package.",
    "newer_schema": "The review package {name} was made by a newer Somevahti (package version {schema}); "
                    "update Somevahti to open it.",
    "unknown_schema": "The review package {name} has an unknown package version ({schema}).",
    "bad_field": "The review package {name} is damaged: {field} is missing or invalid.",
    "bad_draft": "The draft in the review package {name} is damaged: {detail}.",
    # media
    "bad_media_reference": REFUSED + "the draft refers to media outside the package ({path}).",
    "media_missing": "The review package {name} is incomplete: the draft uses {member}, which is missing.",
    "media_unreferenced": REFUSED + "it holds {member}, which the draft does not use.",
    "media_hash": "The review package {name} is damaged: the contents of {member} do not match its name.",
    "not_media": REFUSED + "{member} is not an image or a video.",
    "kind_mismatch": REFUSED + "{member} is {actual}, but the draft says it is {expected}.",
    # writing
    "media_unreadable": "The review package was not written: the media file {path} could not be read.",
    "cannot_write": "The review package could not be written to {path} ({detail}).",
}


def shown_name(name: str) -> str:
    """A member or path name as the user sees it: control characters escaped, and the
    SHA-256 of a media name shortened ("media/b1ff9c8ea3a7….png")."""
    name = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in name[:200])
    match = MEDIA_NAME.fullmatch(name)
    return f"media/{match['sha256'][:12]}…{match['ext'] or ''}" if match else name


def message(key: str, **values: object) -> str:
    for name in ("member", "path"):
        if isinstance(values.get(name), str):
            values[name] = shown_name(values[name])
    return MESSAGES[key].format(**values)
