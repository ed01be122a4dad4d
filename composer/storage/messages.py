"""What storage tells the user, in one place so translations can replace it later.

Plain sentences fit for a dialog; `{backup}` is the file name the old database was
kept under, `{detail}` the system's own words.
"""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    "corrupt": "Your saved drafts could not be read because the database file is damaged, so "
               "Somevahti started with an empty one and kept the damaged file as {backup}.",
    "newer": "Your saved drafts were made by a newer version of Somevahti, so this version started "
             "with an empty database and kept the newer file as {backup}.",
    "unavailable": "Somevahti cannot open its database ({detail}), so changes made now will be "
                   "lost when you close the app.",
    "save_failed": "Your latest changes could not be saved ({detail}); Somevahti will try again "
                   "at your next change.",
}


def message(key: str, **values: str) -> str:
    return MESSAGES[key].format(**values)
