"""Export a draft to a folder, ready to copy from: one text file per channel, images
without metadata with their alt texts beside them, videos, and the summary as HTML,
Markdown and JSON.

A draft approved for every chosen channel exports as final. Any other exports only with
`force_draft=True`, and then every file says so: names start with
"LUONNOS-UTKAST-DRAFT_", text files with a marker line, images carry a marking band and
the summaries say it at the top (`"final": false` in the JSON).

export_draft only writes files. After a final export the caller records the step in the
workflow with `composer.approval.workflow.mark_exported(draft, by)` and saves the draft (the window
and `somevahti export` both do).
"""
from __future__ import annotations

import base64
import json
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from checks.model import Finding, Media
from composer.model.draft import Draft
from composer.model.draft_records import now_iso
from composer.export.errors import ExportError, ExportNotApproved
from composer.export.final import is_final, missing_versions_message, not_approved_message
from composer.export.folder import staged_folder
from composer.export.images import ImageTooBig, UnreadableImage, clean_image
from composer.export.marking import draft_label, draft_marker_line, draft_prefix
from composer.export.report import build_report
from composer.export.summary_html import summary_html
from composer.export.summary_markdown import summary_markdown
from composer.export.wording import media_label
from composer.messages import render
from composer.model.media_content import file_media_type
from composer.model.people_record import people_to_dict
from composer.present.posted import missing_versions, posted_texts


@dataclass(frozen=True)
class ExportResult:
    out_dir: Path
    files: tuple[str, ...]  # relative to out_dir, sorted
    final: bool


def export_draft(draft: Draft, findings_by_channel: Mapping[str, Sequence[Finding]], out_dir: Path, *, lang: str,
                 force_draft: bool = False, by: str = "", exported_at: str | None = None) -> ExportResult:
    """Write the export of `draft` into `out_dir` (which must not exist or be empty).

    `findings_by_channel`: the findings of each chosen channel (see check_draft); a channel
    missing from it is reported as not checked. `lang`: the language of the summaries;
    `by`: who exports; `exported_at`: ISO time (default now). Raises ExportNotApproved
    (not approved, `force_draft` False) and ExportError; nothing is left half-written.
    """
    out_dir = Path(out_dir)
    missing = missing_versions(draft)
    final = is_final(draft) and not missing  # a channel lacking a required language version is never final
    if not final and not force_draft:
        raise ExportNotApproved(missing_versions_message(missing, lang) if missing and is_final(draft)
                                else not_approved_message(draft, lang))
    prefix = "" if final else draft_prefix()
    marker = "" if final else draft_marker_line() + "\n\n"
    written: list[str] = []
    with staged_folder(out_dir, lang) as folder:
        def write(name: str, data: bytes) -> None:
            (folder / (prefix + name)).write_bytes(data)
            written.append(prefix + name)

        posted = {channel: posted_texts(draft, channel) for channel in draft.channels}
        for items in posted.values():  # facebook.txt, or facebook.fi.txt and facebook.sv.txt
            for one in items:
                write(one.file_name, (marker + one.text).encode("utf-8"))
        texts = {channel: items[0].text for channel, items in posted.items()}
        media, thumbnails = [], {}
        for index, item in enumerate(draft.media):
            exported = _export_media(item, index + 1, final, lang)
            entry = exported.entry
            if exported.source is not None:
                _copy_video(exported.source, folder / (prefix + entry["file"]), entry["number"], lang)
                written.append(prefix + entry["file"])
            else:
                write(entry["file"], exported.data)
                thumbnails[prefix + entry["file"]] = exported.thumbnail
            if entry["alt_file"]:
                write(entry["alt_file"], (marker + entry["alt"]).encode("utf-8"))
            media.append(_prefixed(entry, prefix))
        report = build_report(draft, findings_by_channel, texts=texts,
                              text_files={c: prefix + items[0].file_name for c, items in posted.items()},
                              versions={c: [(i.version, i.text, prefix + i.file_name) for i in items]
                                        for c, items in posted.items() if draft.versions.enabled},
                              media=media, final=final,
                              lang=lang, by=by.strip(), exported_at=exported_at or now_iso())
        write("summary.json", (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        write("summary.md", summary_markdown(report).encode("utf-8"))
        write("summary.html", summary_html(report, thumbnails).encode("utf-8"))
    return ExportResult(out_dir, tuple(sorted(written)), final)


@dataclass(frozen=True)
class _ExportedMedia:
    entry: dict[str, Any]       # its part of the summary (file names without the draft prefix)
    data: bytes = b""           # an image's clean bytes
    thumbnail: str = ""         # an image's data-URI thumbnail for the HTML summary
    source: Path | None = None  # a video's file, copied as it is


def _export_media(item: Media, number: int, final: bool, lang: str) -> _ExportedMedia:
    label = media_label(item.kind, number, lang)
    path = Path(item.path) if item.path else None
    if path is None or not path.is_file():
        raise ExportError(render("export.error.media_missing", lang, item=label, path=item.path or "—"))
    stem = f"{'video' if item.kind == 'video' else 'image'}-{number:02d}"
    alt = unicodedata.normalize("NFC", (item.alt or "").strip())
    entry: dict[str, Any] = {"number": number, "kind": item.kind, "file": "",
                             "alt_file": f"{stem}.alt.txt" if alt else None, "alt": alt, "captions": item.captions,
                             "metadata_removed": item.kind != "video", "width": None, "height": None,
                             "people": None if item.people is None else people_to_dict(item.people)}
    if item.kind == "video":
        found = file_media_type(path)  # the extension of what the file is, never the name it came with
        if found is None or found.kind != "video":
            raise ExportError(render("export.error.not_video", lang, item=label))
        return _ExportedMedia(entry | {"file": stem + found.extension}, source=path)
    try:
        image = clean_image(str(path), mark=None if final else draft_label())
    except FileNotFoundError:
        raise ExportError(render("export.error.media_missing", lang, item=label, path=str(path))) from None
    except ImageTooBig as big:
        raise ExportError(render("export.error.image_too_big", lang, item=label, width=big.width, height=big.height,
                                 megapixels=round(big.limits.pixels_max / 1e6), side=big.limits.side_max)) from None
    except UnreadableImage as exc:
        raise ExportError(render("export.error.image_unreadable", lang, item=label, reason=str(exc))) from None
    thumbnail = "data:image/jpeg;base64," + base64.b64encode(image.thumbnail).decode("ascii")
    return _ExportedMedia(entry | {"file": stem + image.extension, "width": image.size[0], "height": image.size[1]},
                          data=image.data, thumbnail=thumbnail)


def _prefixed(entry: dict[str, Any], prefix: str) -> dict[str, Any]:
    return entry | {"file": prefix + entry["file"],
                    "alt_file": prefix + entry["alt_file"] if entry["alt_file"] else None}


def _copy_video(source: Path, target: Path, number: int, lang: str) -> None:
    """Copy a video as it is. A source that cannot be read is reported here; a target
    that cannot be written, by staged_folder."""
    try:
        data = source.open("rb")
    except OSError as exc:
        raise ExportError(render("export.error.media_unreadable", lang, item=media_label("video", number, lang),
                                 reason=exc.strerror or str(exc))) from None
    with data, target.open("wb") as out:
        shutil.copyfileobj(data, out, 1 << 20)
