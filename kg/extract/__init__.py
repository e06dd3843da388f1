"""Release → meetings, officials, co-chairs: the genre's grammar as regex and gazetteers.

MFA releases are formulaic: a lead sentence "เมื่อวันที่ <date> <honorific><name>
<position> ได้เข้าร่วม<meeting> ครั้งที่ <n> <mode>", then who co-chaired, what was
discussed and, sometimes, earlier or later rounds. The extractor finds *mentions*
(meetings, dates, people, modes, venues, co-chair phrases) with linear-time regexes
over one folded copy of the text, then *attaches* each fact to the meeting mention it
belongs to by position: same paragraph, nearest non-parent meeting.

The split mirrors spaCy's EntityRuler: the finders only find spans, the rules decide
what they mean, and the fitted linker decides which proposed facts to keep. One module
a step, each importing only the ones before it:

- :mod:`.patterns`  the genre's fixed wording and the vocabularies' words as searches;
- :mod:`.mentions`  what the finders hand on (:class:`MeetingMention`, :class:`PersonMention`);
- :mod:`.meetings`  meetings named in the text, lists of them, names told again;
- :mod:`.people`    officials, their posts and countries; relative days;
- :mod:`.talks`     talks, calls and courtesy calls told as verbs;
- :mod:`.attach`    the helpers that link a date, venue, official or chair to a meeting;
- :mod:`.rules`     :func:`candidates`, every meeting with every candidate fact.

Nothing here imports rdflib.
"""
from __future__ import annotations

from .. import linker
from ..model import Meeting, Release
from .meetings import find_meetings, meeting_lists
from .mentions import MeetingMention, PersonMention, series_key
from .patterns import Patterns, patterns
from .people import find_people
from .rules import candidates
from .talks import find_talks, partner_lists

__all__ = [
    "EXTRACTOR_VERSION", "MeetingMention", "Patterns", "PersonMention", "candidates", "extract",
    "find_meetings", "find_people", "find_talks", "meeting_lists", "partner_lists", "patterns",
    "series_key",
]

#: Bumped whenever extraction output may change: part of the cache key.
EXTRACTOR_VERSION = "3"


def extract(release: Release) -> tuple[Meeting, ...]:
    """Every meeting the release reports, with its facts, in text order.

    The rules of :func:`candidates` propose the facts; the fitted linker
    (:mod:`kg.linker`) keeps those its model finds likely and says how sure it is."""
    return linker.apply(candidates(release), model=linker.load())
