"""The frozen records that the stages hand each other.

read → :class:`Release`; extract → :class:`Meeting` (with :class:`Attendance` and
:class:`CoChair`); every stage may add :class:`Problem`. Nothing here knows about
RDF: the records are plain, hashable and picklable, so extraction can run in worker
processes and be cached on disk.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

Precision = Literal["day", "month", "year"]
Mode = Literal["virtual", "in_person", "hybrid"]
Status = Literal["held", "scheduled"]
Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class PartialDate:
    """A Gregorian date known to a day, a month or a year (``2017-07`` is July 2017).

    Dates order by (year, month, day) with an unknown part as 0, so July 2017 sorts
    before 1 July 2017 and after June 2017.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self.key() < other.key()

    def __le__(self, other: PartialDate) -> bool:
        return self.key() <= other.key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.key() > other.key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.key() >= other.key()

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class Release:
    """One press release as read from disk: its text and the metadata lines above it."""

    id: str                      # the file stem, as the contract says
    path: str
    title: str
    body: str                    # the text after the metadata lines (title excluded)
    published: PartialDate | None = None
    modified: PartialDate | None = None
    views: int | None = None
    sha256: str = ""
    url: str | None = None       # the page's address, where a saved page states it (dcterms:source)


@dataclass(frozen=True)
class Person:
    """A named official as mentioned in one release."""

    name: str                    # without honorific, as written (Thai or Latin script)
    honorific: str | None = None
    position: str | None = None
    country: str | None = None   # ISO 3166-1 alpha-2, or an organisation code
    spellings: tuple[str, ...] = ()   # the same name spelt otherwise in the same mention: นายหวัง อี้ (Mr. Wang Yi)


_KEY_JUNK = re.compile(r"[\s.\-]")


def session_format(names, formats) -> int | None:
    """Which session format (``meetings.json`` talks.session_formats: กลุ่มเล็ก, เต็มคณะ …) a
    leaders' talk's names tell, as its index, or None: the small-group talk and the
    full-delegation talk of one day are two meetings, not one talk told twice. The extractor
    keeps them apart within a release and the resolver across releases, by this one test."""
    names = tuple(names)
    return next((i for i, w in enumerate(formats) if any(w in n for n in names)), None)


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    """One person's key within a release: the name without spaces, dots and hyphens. The
    extractor keys a meeting's attendances by it, and the linker its attendance links."""
    return _KEY_JUNK.sub("", name).lower()


def co_chair_key(party: str, person: Person | None) -> str:
    """A co-chair's key within a meeting: its party, or the official when the release
    names no party ("?" + name, for resolution to fill in)."""
    return party or "?" + (person.name if person else "")


@dataclass(frozen=True)
class Attendance:
    """``person`` took part in the meeting; ``evidence`` is the sentence that says so."""

    person: Person
    role: Literal["attendee", "chair"] = "attendee"
    evidence: str = ""
    confidence: float | None = None   # the linker's probability that this attendance is right


@dataclass(frozen=True)
class CoChair:
    """The meeting was chaired or co-chaired by ``party`` (a country or organisation code)."""

    party: str
    person: Person | None = None
    evidence: str = ""
    confidence: float | None = None


@dataclass(frozen=True)
class Meeting:
    """One occurrence of a meeting as reported by one release."""

    label: str                        # Thai name as written, without ครั้งที่ N
    series: str                       # normalised series name (country aliases resolved)
    release_id: str
    number: int | None = None
    number_year: int | None = None    # the 2566 of ครั้งที่ ๒/๒๕๖๖ (Buddhist era as written)
    label_en: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    mode: Mode | None = None
    venue: str | None = None
    status: Status = "held"
    part_of: tuple[str, int | None] | None = None   # (series, number) of the parent meeting
    primary: bool = False             # the meeting the release is about
    attendances: tuple[Attendance, ...] = ()
    co_chairs: tuple[CoChair, ...] = ()
    evidence: str = ""
    alt_labels: tuple[str, ...] = ()        # other names the text gives it ("หารือทวิภาคี" as written)
    in_series: str | None = None            # the series it belongs to when broader than its own name's:
                                            # a courtesy call on a Japanese minister is one of Thailand and
                                            # Japan's bilateral talks, though ``series`` keeps it apart from
                                            # a talk of the same day (one meeting per series and day)
    date_confidence: float | None = None    # of ``start``/``end``, from the linker
    mode_confidence: float | None = None    # of ``mode``/``venue``
    links: tuple[Link, ...] = ()            # candidate facts before the linker decides; empty after


@dataclass(frozen=True)
class Link:
    """A candidate fact of one meeting with the named features the linker scores it by.

    ``kind`` is ``date``, ``mode``, ``attended`` or ``co_chair``; ``key`` tells which fact
    of that kind (a person key, a party code; empty for a date or a mode). Features are
    names ("via=lead", "dist<=40", "primary"): the linker's model gives each a weight.
    """

    kind: str
    key: str
    features: tuple[str, ...]


@dataclass(frozen=True)
class Problem:
    """Something a user should know about one input file."""

    path: str
    message: str
    severity: Severity = "error"


@dataclass(frozen=True)
class Extraction:
    """What one release yields: the release itself, its meetings and its problems."""

    release: Release | None
    meetings: tuple[Meeting, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    #: SHA-256 (hex) of the exact bytes read and extracted; empty when nothing was read.
    #: The extraction cache keys the extraction by it (never by an earlier hash of the file).
    digest: str = ""
