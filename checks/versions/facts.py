"""The facts of a text that every language version must state alike, in one canonical form.

"klo 18", "kl. 18", "kello 18", "18.00" and "18:00" are all the time 18:00; "12.12.",
"12.12.2026", "12 december", "12. joulukuuta" and "December 12" are all the date 12.12.;
"15 €", "15 euroa", "15,00 euro" are the sum 15.00 €; "+358 6 828 9111" and "06 828 9111"
are one phone number. What one extractor takes (a URL, a date) the later ones do not see,
so "12.12.2026" is one date and not three numbers.

Not recognised (see the closing note of issue 18): numbers, dates and times written in
words ("kuudelta", "sex", "puoli seitsemän", "kymmenen euroa"), the 12-hour clock without
am/pm ("at 6" is 6:00; "at 6 pm", "6.30 p.m." and "from 6 to 8 pm" are read as 18:00,
18:30 and 18:00–20:00), weekday abbreviations ("ma", "tis"), and "D.M" without the final dot,
which reads as a clock time ("12.12" is 12:12) unless "klo"/"kl." follows it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from checks.text.twitter_entities import extract_hashtags, extract_mentions
from checks.text.urls import url_spans
from checks.versions.calendar import MONTH, WEEKDAY, month_number, weekday_number

DASH = r"[-–—]"


@dataclass(frozen=True)
class Fact:
    kind: str  # time, date, weekday, sum, number, phone, email, url, handle, hashtag
    value: str  # the canonical form, compared across versions
    start: int
    end: int
    raw: str


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_DATE_RANGE = re.compile(rf"\b(\d{{1,2}})\.?\s*{DASH}\s*(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}})?(?!\d)")
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?!\d))?")
_DATE_BEFORE_CLOCK = re.compile(r"\b(\d{1,2})\.(\d{1,2})(?=\s+(?:klo|kl\.?|kello|klockan)\b)", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\.?\s*(?:{DASH}\s*(\d{{1,2}})\.?\s*)?({MONTH})(?:\s+(\d{{4}})\b)?",
                             re.IGNORECASE)
_DATE_MONTH_DAY = re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?", re.IGNORECASE)
_CLOCK = r"(\d{1,2})(?:[.:](\d{2}))?"
_TIME_MARKED = re.compile(rf"\b(?:klo|kl\.?|kello|klockan|at)\s*{_CLOCK}(?:\s*{DASH}\s*{_CLOCK})?(?!\d)",
                          re.IGNORECASE)
_TIME_12H = re.compile(rf"(?:\b(?:at|from)\s+)?\b{_CLOCK}(?:\s*(?:{DASH}|to)\s*{_CLOCK})?\s*([ap])(?:\.\s?m\.|m\b)",
                       re.IGNORECASE)
_TIME_BARE = re.compile(r"(?<![\d.,:])(\d{1,2})([.:])(\d{2})(?![\d,]|\.\d)")
_AMOUNT = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?|\d+(?:[,.]\d{1,2})?"
_SUM_AFTER = re.compile(rf"(?<![\d.,])({_AMOUNT})\s*(?:€|e\b|eur\b|euro\w*)", re.IGNORECASE)
_SUM_BEFORE = re.compile(rf"€\s*({_AMOUNT})")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?::[ae]\b)?")


class _Taken:
    """Spans already claimed by an earlier extractor."""

    def __init__(self, length: int) -> None:
        self.flags = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return not any(self.flags[start:end])

    def take(self, start: int, end: int) -> None:
        self.flags[start:end] = b"\x01" * (end - start)


def _clock(hours: str, minutes: str | None) -> str | None:
    h, m = int(hours), int(minutes or 0)
    if h > 24 or m > 59:
        return None
    return f"{h % 24:02d}:{m:02d}"


def _clock12(hours: str | None, minutes: str | None, meridiem: str) -> str | None:
    """"7 pm" → 19:00, "12 am" → 00:00; None for an hour that is not on a 12-hour clock."""
    if hours is None or not 1 <= int(hours) <= 12:
        return None
    return _clock(str(int(hours) % 12 + (12 if meridiem.lower() == "p" else 0)), minutes)


def _date(day: str | int, month: int | None, year: str | None = None) -> str | None:
    d = int(day)
    if month is None or not (1 <= d <= 31 and 1 <= month <= 12):
        return None
    if year and len(year) == 2:
        year = "20" + year
    return f"{d}.{month}." + (year or "")


def _amount(raw: str) -> float:
    return float(raw.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def _number_value(raw: str) -> str:
    value = raw.replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return value.rstrip("0").rstrip(".") if "." in value else value.lstrip("0") or "0"


class _Extraction:
    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = _Taken(len(text))
        self.facts: list[Fact] = []

    def add(self, kind: str, value: str | None, start: int, end: int, claim: tuple[int, int] | None = None) -> None:
        if value is None:
            return
        self.facts.append(Fact(kind, value, start, end, self.text[start:end]))
        self.taken.take(*(claim or (start, end)))

    def spans(self, spans, kind: str, value) -> None:
        for start, end in spans:
            if self.taken.free(start, end):
                self.add(kind, value(self.text[start:end]), start, end)

    def matches(self, pattern: re.Pattern, handle) -> None:
        for m in pattern.finditer(self.text):
            if self.taken.free(m.start(), m.end()):
                handle(m)


def canonical_url(raw: str) -> str:
    url = re.sub(r"^[a-z]+://", "", raw.strip().rstrip(".,;:!?)"), flags=re.IGNORECASE)
    host, _, path = url.partition("/")
    host = host.lower().removeprefix("www.")
    return host + ("/" + path.rstrip("/") if path.rstrip("/") else "")


def extract_facts(text: str, hashtag_pairs: dict[str, str] | None = None) -> list[Fact]:
    """Every fact of `text`, in text order. `hashtag_pairs` maps a translated hashtag
    (lower case, no '#') to the tag it stands for."""
    pairs = hashtag_pairs or {}
    x = _Extraction(text)
    urls = url_spans(text)
    x.matches(_EMAIL, lambda m: x.add("email", m.group().lower().rstrip("."), m.start(), m.end()))
    x.spans(urls, "url", canonical_url)
    for tag in extract_hashtags(text, urls):
        if x.taken.free(tag.start, tag.end):
            x.add("hashtag", pairs.get(tag.tag.lower(), tag.tag.lower()), tag.start, tag.end)
    for mention in extract_mentions(text):
        if x.taken.free(mention.start, mention.end):
            x.add("handle", mention.name.lower(), mention.start, mention.end)
    _dates(x)
    _times(x)
    _phones(x)
    x.matches(_SUM_AFTER, lambda m: x.add("sum", f"{_amount(m.group(1)):.2f} €", m.start(), m.end()))
    x.matches(_SUM_BEFORE, lambda m: x.add("sum", f"{_amount(m.group(1)):.2f} €", m.start(), m.end()))
    x.matches(_NUMBER, lambda m: x.add("number", _number_value(m.group(1)), m.start(), m.end()))
    x.matches(WEEKDAY, lambda m: x.add("weekday", str(weekday_number(m.group(1))), m.start(), m.end()))
    return sorted(x.facts, key=lambda f: (f.start, f.kind))


def _dates(x: _Extraction) -> None:
    def day_range(m: re.Match) -> None:
        month = int(m.group(3))
        x.add("date", _date(m.group(1), month, m.group(4)), m.start(1), m.end(1), claim=(m.start(), m.end()))
        x.add("date", _date(m.group(2), month, m.group(4)), m.start(2), m.end())

    def words(m: re.Match) -> None:
        month = month_number(m.group(3))
        if m.group(2):
            x.add("date", _date(m.group(1), month, m.group(4)), m.start(1), m.end(1), claim=(m.start(), m.end()))
            x.add("date", _date(m.group(2), month, m.group(4)), m.start(2), m.end())
        else:
            x.add("date", _date(m.group(1), month, m.group(4)), m.start(), m.end())

    x.matches(_DATE_ISO, lambda m: x.add("date", _date(m.group(3), int(m.group(2)), m.group(1)), m.start(), m.end()))
    x.matches(_DATE_RANGE, day_range)
    x.matches(_DATE_DAY_MONTH, words)
    x.matches(_DATE_MONTH_DAY, lambda m: x.add("date", _date(m.group(2), month_number(m.group(1)), m.group(3)),
                                                m.start(), m.end()))
    x.matches(_DATE_NUMERIC, lambda m: x.add("date", _date(m.group(1), int(m.group(2)), m.group(3)),
                                             m.start(), m.end()))
    x.matches(_DATE_BEFORE_CLOCK, lambda m: x.add("date", _date(m.group(1), int(m.group(2))), m.start(), m.end()))


def _times(x: _Extraction) -> None:
    def marked(m: re.Match) -> None:
        first = _clock(m.group(1), m.group(2))
        if first is None:
            return
        if m.group(3) is None:
            x.add("time", first, m.start(), m.end())
            return
        x.add("time", first, m.start(), m.end(2 if m.group(2) else 1), claim=(m.start(), m.end()))
        x.add("time", _clock(m.group(3), m.group(4)), m.start(3), m.end())

    def twelve(m: re.Match) -> None:
        meridiem = m.group(5)
        last = _clock12(m.group(3), m.group(4), meridiem)
        first = _clock12(m.group(1), m.group(2), meridiem)
        if first is None or (m.group(3) is not None and last is None):
            return
        if last is not None and first > last:  # "11–1 pm": the first is before noon
            first = _clock12(m.group(1), m.group(2), "a")
        if last is None:
            x.add("time", first, m.start(), m.end())
            return
        x.add("time", first, m.start(), m.end(2 if m.group(2) else 1), claim=(m.start(), m.end()))
        x.add("time", last, m.start(3), m.end())

    x.matches(_TIME_12H, twelve)
    x.matches(_TIME_MARKED, marked)
    x.matches(_TIME_BARE, lambda m: x.add("time", _clock(m.group(1), m.group(3)), m.start(), m.end()))


def _phones(x: _Extraction) -> None:
    if not any(ch.isdigit() for ch in x.text):
        return
    try:
        matches = list(phonenumbers.PhoneNumberMatcher(x.text, "FI"))
    except Exception:  # the library on odd input: no phone numbers found
        return
    for m in matches:
        if x.taken.free(m.start, m.end):
            x.add("phone", phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164), m.start, m.end)
