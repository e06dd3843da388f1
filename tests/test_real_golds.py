"""The blind batches' golds keep facts and URLs only: no release text enters the repository.

The releases they annotate are real pages read from a public store; their text stays out of
this repository (tests/real/README.md). A headline or a long quoted run of a release in a
gold would bring it in, so each gold is checked here.
"""
import json
import re
from pathlib import Path

import pytest

REAL = Path(__file__).parent / "real"
GOLDS = sorted(REAL.glob("batch*/*.gold.json"))
#: a run of Thai longer than a few words quoted in a note: a sentence of the release
QUOTED_RUN = re.compile(r"[\u0e00-\u0e7f][\u0e00-\u0e7f \d.,()\-–]{40,}")


def test_there_are_golds_to_check():
    assert len(GOLDS) > 2000


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_a_gold_holds_the_facts_and_url_and_no_text_of_its_release(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["id"] + ".gold.json" == path.name
    assert gold["url"].startswith(("http://", "https://"))
    assert gold["release"]["title_th"] is None, "a release's headline is its text"
    assert not QUOTED_RUN.search(gold.get("notes", "")), "a note quotes a long run of the release"
