"""kg.read: decoding, cleaning, HTML, splitting and listing inputs (ISSUE 4.1)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import PartialDate
from kg.read import (MAX_LINE, ReadError, clean, decode, html_to_text, iter_inputs, parse_release_text,
                     read_file, read_release, split_long_lines)

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("data", [
    TEXT.encode(), b"\xef\xbb\xbf" + TEXT.encode(), TEXT.encode("utf-16"), TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]),
    TEXT.encode("cp874"), TEXT.encode("tis-620"), TEXT.replace("\n", "\r\n").encode("cp874"),
], ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp874", "tis620", "cp874-crlf"])
def test_decodings_give_the_same_release(data, tmp_path):
    f = tmp_path / "r.txt"
    f.write_bytes(data)
    release, warnings = read_file(f)
    assert not [w for w in warnings if w.severity != "note"]
    reference = read_release(SEED)
    assert (release.title, release.body, release.published) == (reference.title, reference.body, reference.published)


@pytest.mark.parametrize("data, says", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (TEXT.encode()[:300] + b"\x00" + TEXT.encode()[300:], "NUL"),
    (b"\xff\xfe" + b"\x00\xd8", "UTF-16"),
    (bytes(range(1, 256)) * 8, "UTF-8"),
], ids=["png", "pdf", "zip", "nul", "broken-utf16", "all-bytes"])
def test_binary_is_refused_with_a_reason(data, says):
    with pytest.raises(ReadError, match=says):
        decode(data, [])


def test_cut_short_utf8_is_kept_with_a_warning(tmp_path):
    f = tmp_path / "r.txt"
    f.write_bytes(TEXT.encode()[:-2])
    release, warnings = read_file(f)
    assert release.title == read_release(SEED).title
    assert [w.severity for w in warnings] == ["warning"] and "UTF-8" in warnings[0].message


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", " \u00a0\u200b\n\u3000".encode()], ids=["zero-bytes", "ascii-space", "unicode-space"])
def test_empty_files_are_refused_as_empty(data, tmp_path):
    f = tmp_path / "r.txt"
    f.write_bytes(data)
    with pytest.raises(ReadError, match="empty"):
        read_release(f)


def test_invisible_and_non_breaking_spaces_are_normalised():
    assert clean("ครั้ง\u200bที่\u00a0๑๘\u200d \ufeffนาย\u2009ธานี\r\nx\ry") == "ครั้งที่ ๑๘ นาย ธานี\nx\ny"


@pytest.mark.parametrize("typed,word", [
    ("อาหารค\u0e4d\u0e48\u0e32", "อาหารค่ำ"),        # nikhahit, tone, sara aa
    ("ย\u0e48\u0e4d\u0e32", "ย่ำ"),                  # tone, nikhahit, sara aa
    ("ท\u0e4d\u0e32", "ทำ"),                          # no tone
], ids=["tone-after-nikhahit", "tone-before-nikhahit", "no-tone"])
def test_sara_am_typed_as_two_characters_is_one(typed, word):
    assert clean(typed) == word


def test_html_text_drops_scripts_styles_and_keeps_the_headline():
    page = ("<html><head><title>ข่าว | MFA</title><style>p{}</style><script>alert('x<p>')</script></head>"
            "<body><nav>menu</nav><h1>หัวข้อ</h1><p>ย่อหน้า&nbsp;หนึ่ง</p><br><p>สอง &lt;script&gt;</p></body></html>")
    text = clean(html_to_text(page))
    assert text.split("\n")[0] == "หัวข้อ"
    assert "alert" not in text and "menu" not in text and "p{}" not in text
    assert "ย่อหน้า หนึ่ง" in text and "สอง <script>" in text  # an escaped tag is text, not markup


def test_deeply_nested_html_is_read():
    page = "<div>" * 100_000 + "<h1>หัวข้อ</h1><p>เนื้อหา</p>" + "</div>" * 100_000
    release = parse_release_text(clean(html_to_text(page)), release_id="r", path="r.html")
    assert (release.title, release.body) == ("หัวข้อ", "เนื้อหา")


def test_long_lines_are_split_without_losing_text():
    line = ("ก" * 30 + " ") * 1000 + "ข" * (3 * MAX_LINE)
    text, n, longest = split_long_lines("title\n" + line)
    assert (n, longest) == (1, len(line))
    assert all(len(ln) <= MAX_LINE for ln in text.split("\n"))
    assert text.replace("\n", "").replace(" ", "") == ("title" + line).replace(" ", "")


def test_a_release_on_one_line_keeps_its_body():
    one = TEXT.replace("\n", " ")
    release = parse_release_text(clean(one), release_id="r", path="r.txt")
    assert len(release.title) <= 300
    assert "ครั้งที่ ๑๘" in release.body and "รัสเซีย" in release.body


def test_a_release_of_one_short_paragraph_is_its_headline_and_its_lead():
    """A news excerpt saved as one paragraph: the paragraph is the title and the body both, so
    the extractor reads it as a lead, not only as a headline."""
    line = "ดร. สมชาย รักไทย ผู้ช่วยรัฐมนตรี เปิดเผยว่า ได้เข้าร่วมการประชุมรัฐมนตรีเศรษฐกิจอาเซียน ครั้งที่ 52"
    release = parse_release_text(clean(line), release_id="r", path="r.txt")
    assert release.title == line and release.body == line


def test_iter_inputs_skips_with_notes_and_reads_odd_names(tmp_path):
    for name in ("a b.txt", "#1 100%.txt", "ข่าว.html", "X.TXT", ".DS_Store", "n.docx", "README", "~$x.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / ".git").mkdir()
    for i in range(3):
        (tmp_path / ".git" / f"{i}.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "r.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")        # a link loop is not followed
    os.mkfifo(tmp_path / "pipe.txt")
    files, notes = iter_inputs([tmp_path])
    assert sorted(f.name for f in files) == sorted(["a b.txt", "#1 100%.txt", "ข่าว.html", "X.TXT", "r.txt"])
    noted = {Path(n.path).name: n.message for n in notes}
    assert set(noted) == {".DS_Store", "n.docx", "README", "~$x.txt", ".git", "loop", "pipe.txt"}
    assert all(n.severity == "note" for n in notes)
    _, notes = iter_inputs([tmp_path / "missing"])
    assert [n.severity for n in notes] == ["error"]


def test_iter_inputs_lists_folders_as_a_sorted_top_down_walk(tmp_path):
    """Each folder's files (sorted), then its sub-folders in order; names at the edge of
    the suffix rule; a dangling link is listed (and refused when read); any depth."""
    for rel in ("b.txt", "a.txt", "a.", "a.b.txt", "z/2.txt", "z/1.md", "m/x.htm", "m/n/y.txt", "m/n/.h/skip.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    os.symlink(tmp_path / "gone.txt", tmp_path / "m" / "dangling.txt")
    deep = tmp_path / "deep"
    deep.mkdir()
    for _ in range(1200):                                  # deeper than Python's recursion limit
        deep = deep / "d"
        deep.mkdir()
    (deep / "bottom.txt").write_text("x")
    try:
        files, notes = iter_inputs([tmp_path])
    finally:                      # shutil.rmtree (pytest's clean-up) recurses too: removed here, bottom up
        (deep / "bottom.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent
    assert [str(f.relative_to(tmp_path)) for f in files] == [
        "a.b.txt", "a.txt", "b.txt", "deep/" + "d/" * 1200 + "bottom.txt",
        "m/dangling.txt", "m/x.htm", "m/n/y.txt", "z/1.md", "z/2.txt"]
    assert {Path(n.path).name for n in notes} == {"a.", ".h"}
    assert "unknown file type" in next(n.message for n in notes if n.path.endswith("a."))


def test_a_pipe_named_directly_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "p.txt")
    with pytest.raises(ReadError, match="regular file"):
        read_release(tmp_path / "p.txt")


BLOWUP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kg.build import process_file
    for i, line in enumerate(["a" * 1_000_000, "ก" * 1_000_000, "ครั้งที่" * 125_000, "(" * 1_000_000,
                              "๒๓ " * 300_000, "https://x.y/" + "a/" * 500_000]):
        f = Path(sys.argv[1]) / f"{i}.txt"
        f.write_text("การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๘\\n" + line + "\\n", encoding="utf-8")
        ex = process_file(str(f))
        assert ex.release is not None, ex.problems
    print("ok")
""")


def test_megabyte_lines_without_spaces_finish_in_bounded_time(tmp_path):
    """No regex backtracking blow-up on 1-MB lines (read and extract, in a subprocess)."""
    proc = subprocess.run([sys.executable, "-c", BLOWUP, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


@pytest.mark.parametrize("first,published", [
    ("13ก.ค.61-ผู้สื่อข่าวรายงานภารกิจของนายกรัฐมนตรีในการเยือนต่างประเทศ ระหว่างวันที่ 12-13 ก.ค. ซึ่งได้หารือกับประธานาธิบดี", PartialDate(2018, 7, 13)),
    ("การประชุมคณะกรรมาธิการร่วม ครั้งที่ 12 ระหว่างวันที่ 12-13 ก.ค. 2561", None),
], ids=["a-news-lead-saved-as-the-first-line", "a-headline-is-not-a-dateline"])
def test_a_dateline_on_the_first_line_dates_the_release(first, published):
    assert parse_release_text(first + "\n\nเนื้อหาของข่าว", release_id="x", path="x.txt").published == published


def test_one_and_two_letter_menu_lines_above_the_headline_are_skipped():
    r = parse_release_text("xs\nsm\nmd\nlg\nนายกรัฐมนตรีหารือกับผู้นำมาเลเซีย\n\nเนื้อหาของข่าว", release_id="x", path="x.txt")
    assert r.title == "นายกรัฐมนตรีหารือกับผู้นำมาเลเซีย"


def test_a_you_are_here_line_above_the_headline_is_navigation_and_the_stamp_below_dates_the_release():
    text = ("ขณะนี้คุณอยู่ที่ ›\nรัฐมนตรีว่าการกระทรวงการต่างประเทศ เตรียมเยือนลาว ระหว่างวันที่ 4-5 มีนาคมนี้\n"
            "วันที่ลงข่าว: 27/02/15\nนายสมชาย ใจดี จะเดินทางเยือนลาว")
    r = parse_release_text(text, release_id="x", path="x.txt")
    assert (r.title, r.published) == ("รัฐมนตรีว่าการกระทรวงการต่างประเทศ เตรียมเยือนลาว ระหว่างวันที่ 4-5 มีนาคมนี้",
                                      PartialDate(2015, 2, 27))


@pytest.mark.parametrize("written, read", [
    ("การประชุมผู้บัญชาการทหารบกอาเซียน ( ABCM )ครั้งที่ 20", "การประชุมผู้บัญชาการทหารบกอาเซียน (ABCM)ครั้งที่ 20"),
    ("วานนี้ ( 1 ธ.ค.) นายสมชาย", "วานนี้ (1 ธ.ค.) นายสมชาย"),
    ("ว่างเปล่า ( ) ยังอยู่", "ว่างเปล่า ( ) ยังอยู่"),
], ids=["padded-acronym", "padded-open-only", "empty-brackets-kept"])
def test_spaces_just_inside_a_bracket_are_dropped(written, read):
    assert clean(written) == read


def test_a_news_sites_search_box_and_menus_above_the_headline_are_navigation():
    text = ("ค้นหา\nทีวีออนไลน์\nเว็บไซต์ในเครือ\nเว็บไซต์บริการ\n\"สมชาย\" เดินทางพบนายกฯ มาเลเซีย\nการเมือง\n19 ส.ค. 57\n"
            "09:15\nนายสมชาย รักไทย รองนายกรัฐมนตรี เตรียมเดินทางเข้าพบหารือนายจอห์น สมิธ นายกรัฐมนตรีมาเลเซีย")
    r = parse_release_text(text, release_id="x", path="x.txt")
    assert (r.title, r.published) == ("\"สมชาย\" เดินทางพบนายกฯ มาเลเซีย", PartialDate(2014, 8, 19))


def test_a_stacked_date_block_above_and_under_the_headline_is_the_pages_date_and_views():
    text = ("01\nสิงหาคม\n2562\nการประชุมรัฐมนตรีต่างประเทศอาเซียน – แคนาดา\n01\nสิงหาคม\n2562\n"
            "การประชุมรัฐมนตรีต่างประเทศอาเซียน – แคนาดา\n512\nการประชุมรัฐมนตรีต่างประเทศอาเซียน – แคนาดา\n"
            "เมื่อวันที่ 1 สิงหาคม 2562 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ เป็นประธานร่วม")
    r = parse_release_text(text, release_id="x", path="x.txt")
    assert (r.title, r.published, r.views) == ("การประชุมรัฐมนตรีต่างประเทศอาเซียน – แคนาดา", PartialDate(2019, 8, 1), 512)
    assert r.body.startswith("เมื่อวันที่")


def test_a_page_stamp_before_the_headline_told_again_is_metadata_not_body():
    text = ("ข่าวกรม\nการประชุมหารือทวิภาคีไทย - ญี่ปุ่น ครั้งที่ 3 ณ กรุงเทพฯ\n"
            "14 Feb 2017   Views 2,045 การประชุมหารือทวิภาคีไทย - ญี่ปุ่น ครั้งที่ 3 ณ กรุงเทพฯ\n"
            "เมื่อวันที่ 10 กุมภาพันธ์ 2560 นายสมชาย ใจดี อธิบดีกรมเอเชียตะวันออก เป็นหัวหน้าคณะฝ่ายไทย")
    release = parse_release_text(text, release_id="r", path="r.txt")
    assert (release.published, release.views) == (PartialDate(2017, 2, 14), 2045)
    assert "Feb" not in release.body and (release.title + "\n" + release.body).count("ครั้งที่ 3") == 1


@pytest.mark.parametrize("text,published,title", [
    (" date 2024-03-15 xs\nนายกฯ หารือผู้นำเวียดนาม\nวันนี้ (15 มี.ค.) นายสมชาย ใจดี นายกรัฐมนตรี หารือกับนายเหงียน วัน อาน",
     PartialDate(2024, 3, 15), "นายกฯ หารือผู้นำเวียดนาม"),
    ("date 2021-07 วันนี้ (9 ก.ค.) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ หารือทางโทรศัพท์กับนายหลี่ หมิง",
     PartialDate(2021, 7), "วันนี้ (9 ก.ค.) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ หารือทางโทรศัพท์กับนายหลี่ หมิง"),
    ("ขอบคุณข้อมูล : หนังสือพิมพ์รายวัน\nhttp://example.com/news/1\nการเมือง > ข่าวการเมือง : 2016-11-02\n"
     "นายกฯ คุยโทรศัพท์ผู้นำญี่ปุ่น\nเมื่อวานนี้ (1 พ.ย.) นายสมชาย ใจดี นายกรัฐมนตรี พูดคุยทางโทรศัพท์กับนายทาโร ยามาดะ",
     PartialDate(2016, 11, 2), "ขอบคุณข้อมูล : หนังสือพิมพ์รายวัน"),
    ("date 2025-13-40 การประชุมเอเปค\nนายสมชาย ใจดี เข้าร่วมการประชุม", None, "การประชุมเอเปค"),
], ids=["stamp-to-the-day-then-chrome", "stamp-to-the-month-before-the-lead", "breadcrumb-after-a-source-link", "not-a-date"])
def test_a_news_pages_iso_date_is_its_publication_date(text, published, title):
    release = parse_release_text(text, release_id="r", path="r.txt")
    assert (release.published, release.title) == (published, title)
    assert "date 20" not in release.title + release.body


@pytest.mark.parametrize("section", ["ข่าวต่างประเทศ", "ข่าวกิจกรรมสถานเอกอัครราชทูต"])
def test_a_news_sections_name_above_the_headline_is_not_the_headline(section):
    release = parse_release_text(f"{section}\nนายกฯ ร่วมประชุมผู้นำเอเปค\nเมื่อวันที่ 15 พฤศจิกายน 2566 นายสมชาย ใจดี นายกรัฐมนตรี",
                                 release_id="r", path="r.txt")
    assert release.title == "นายกฯ ร่วมประชุมผู้นำเอเปค"


@pytest.mark.parametrize("stamp,published", [
    ("07/06/2019", PartialDate(2019, 6, 7)),
    ("21/10/2011", PartialDate(2011, 10, 21)),
    ("07/06/2562", PartialDate(2019, 6, 7)),
    ("31/02/2019", None),
    ("2018/10/8", PartialDate(2018, 10, 8)),
    ("2023.10.18", PartialDate(2023, 10, 18)),
    ("2023.10/18", None),
    ("วันที่ลงข่าว: 03/11/17", PartialDate(2017, 11, 3)),
    ("วันที่ลงข่าว: 03/11/60", PartialDate(2017, 11, 3)),
], ids=["day-first", "day-above-twelve", "buddhist-era", "not-a-date", "year-first", "year-first-dotted",
        "year-first-mixed-marks", "labelled-two-digit-year", "labelled-two-digit-buddhist-year"])
def test_an_embassy_pages_day_first_date_line_is_its_publication_date(stamp, published):
    release = parse_release_text(f"ข่าวกิจกรรม\nเอกอัครราชทูตเข้าพบผู้ว่าราชการจังหวัด\n{stamp}\n"
                                 "เมื่อวันที่ 7 มิถุนายน นายสมชาย ใจดี เอกอัครราชทูต ได้เข้าพบนายทาโร ยามาดะ",
                                 release_id="r", path="r.txt")
    assert release.published == published
    assert release.body.startswith("เมื่อวันที่") == (published is not None)


def test_a_dotted_date_under_a_byline_dates_the_release():
    release = parse_release_text("นายกฯ ต่อสายผู้นำนิวซีแลนด์ คุยความร่วมมือ\n\nโดย THE NEWS TEAM\n08.05.2025\n"
                                 "วันนี้ (8 พฤษภาคม) ที่ทำเนียบรัฐบาล นางสาวสมศรี ดีมาก นายกรัฐมนตรี หารือทางโทรศัพท์กับนายจอห์น สมิธ",
                                 release_id="r", path="r.txt")
    assert release.published == PartialDate(2025, 5, 8)
    assert release.body.startswith("วันนี้")


@pytest.mark.parametrize("byline, published", [
    pytest.param("นางเจน โด", PartialDate(2022, 7, 10), id="a-bare-name-over-the-date"),
    pytest.param("Jane Doe", PartialDate(2022, 7, 10), id="a-latin-name-over-the-date"),
    pytest.param("นายกฯ พบทูต 3 ประเทศ", None, id="a-line-with-a-number-is-no-byline"),
])
def test_a_reporters_bare_name_over_the_pages_date(byline, published):
    """A news page's reporter named without โดย, then the page's date: both are metadata."""
    release = parse_release_text(f"รัฐมนตรีต่างประเทศนิวซีแลนด์เยือนไทย\n\n{byline}\n2022.07.10\nกรุงเทพฯ\n"
                                 "นายจอห์น สมิธ รัฐมนตรีว่าการกระทรวงการต่างประเทศนิวซีแลนด์ เข้าเยี่ยมคารวะนายสมชาย รักไทย",
                                 release_id="r", path="r.txt")
    assert release.published == published


def test_a_lead_opening_with_a_range_dates_the_release_by_its_last_day():
    release = parse_release_text("ข่าวสารนิเทศ : รัฐมนตรีว่าการกระทรวงการต่างประเทศเยือนกัมพูชา\n"
                                 "เมื่อวันที่ ๓ - ๔ มิถุนายน ๒๕๖๐ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ เดินทางเยือนกัมพูชา",
                                 release_id="r", path="r.txt")
    assert release.published == PartialDate(2017, 6, 4)


def test_a_first_line_that_is_only_a_date_and_a_time_is_the_pages_date_not_its_headline():
    release = parse_release_text("วันที่ 18 กุมภาพันธ์ 2568 เวลา 04:17 น.\nนายกฯ พร้อมต้อนรับนายกรัฐมนตรีลาว\n"
                                 "วันที่ 17 กุมภาพันธ์ 2568 นายสมศักดิ์ ทองดี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า",
                                 release_id="r", path="r.txt")
    assert (release.published, release.title) == (PartialDate(2025, 2, 18), "นายกฯ พร้อมต้อนรับนายกรัฐมนตรีลาว")


def test_a_numbered_item_of_the_body_that_holds_a_date_is_no_dateline():
    text = ("เมื่อวันที่ ๑๗ พฤศจิกายน ๒๕๕๕ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ ให้สัมภาษณ์ในโอกาสเข้าร่วม"
            "การประชุมรัฐมนตรีต่างประเทศอาเซียน ที่กรุงพนมเปญ โดยมีประเด็นสำคัญดังนี้\n"
            "๑) ทะเลจีนใต้ — ในระหว่างงานเลี้ยงอาหารค่ำ เมื่อคืนวันที่ ๑๖ พฤศจิกายน ๒๕๕๕ ที่ประชุมได้หารือ")
    assert parse_release_text(text, release_id="x", path="x.txt").published is None


def test_a_feed_stamp_under_the_headline_dates_the_release():
    text = "ไทยร่วมประชุมรัฐมนตรีลุ่มน้ำโขง ครั้งที่ 4\n\nกรกฎาคม 31, 2014\nเมื่อวันที่ 27 กรกฎาคมที่ผ่านมา ไทยเข้าร่วม"
    assert parse_release_text(text, release_id="x", path="x.txt").published == PartialDate(2014, 7, 31)


@pytest.mark.parametrize("chrome, headline, body", [
    ("Advertisement\n\nSHARE\n\nคัดลอกแล้ว", "นายกฯ เตรียมเยือนนิวซีแลนด์ สัปดาห์หน้า",
     "นายสมชาย รักไทย นายกรัฐมนตรี เดินทางเข้าทำเนียบรัฐบาล ในเช้าวันนี้ (2 ก.พ. 67)"),
    ("Skip to main content\n\nหน้าหลัก", "เข้าพบหารือกับรัฐมนตรีแรงงานนิวซีแลนด์",
     "เมื่อวันที่ 15 พฤษภาคม 2567 นางสมศรี ดีมาก เอกอัครราชทูต ได้เข้าพบหารือกับนาย John Smith"),
], ids=["share-buttons", "skip-link-and-home-link"])
def test_a_pages_buttons_and_links_above_the_headline_are_not_the_headline(chrome, headline, body):
    release = parse_release_text(f"{chrome}\n\n{headline}\n\n{body}", release_id="r", path="r.txt")
    assert release.title == headline


@pytest.mark.parametrize("body,paragraphs", [
    ("17 กุมภาพันธ์ 2567 – นายสมชาย รักไทย นายกรัฐมนตรี\nหารือกับนายกรัฐมนตรี John Smith\nของนิวซีแลนด์\n"
     "เพื่อกระชับความสัมพันธ์\nโดยเฉพาะด้านเศรษฐกิจ", 1),
    ("นายสมชาย รักไทย นายกรัฐมนตรี\nหารือกับนายจอห์น\nสมิธ นายกรัฐมนตรีนิวซีแลนด์\n\nทั้งสองฝ่ายยินดี\nต่อความสัมพันธ์", 2),
    ("กำหนดการ\n- การประชุมรัฐมนตรี\n- การหารือทวิภาคี\n- งานเลี้ยงอาหารค่ำ", 4),
    ("นายสมชาย รักไทย นายกรัฐมนตรี เดินทางเยือนนิวซีแลนด์ระหว่างวันที่ 3-4 กุมภาพันธ์ 2567 ตามคำเชิญของนายกรัฐมนตรีนิวซีแลนด์ "
     "เพื่อหารือความร่วมมือด้านการค้า การลงทุน และการท่องเที่ยว\nโดยจะพบหารือกับนายจอห์น สมิธ\nทั้งนี้\nเป็นการเยือนครั้งแรก", 4),
], ids=["hard-wrapped-lead", "a-blank-line-still-breaks", "guard-list-items-stay", "guard-a-paragraph-long-line-keeps-it-all"])
def test_a_hard_wrapped_body_is_joined_back_into_its_paragraphs(body, paragraphs):
    release = parse_release_text("นายกฯ หารือผู้นำนิวซีแลนด์\n" + body, release_id="r", path="r.txt")
    assert len(release.body.split("\n")) == paragraphs


def test_metadata_lines_before_a_lost_headline_are_metadata_not_the_title():
    text = ("วันที่นำเข้าข้อมูล 9 ก.พ. 2563\nวันที่ปรับปรุงข้อมูล 30 พ.ย. 2565\n"
            "เมื่อวันที่ 5 กุมภาพันธ์ 2563 นายสมชาย ใจดี ปลัดกระทรวงการต่างประเทศ ได้หารือกับนายจอห์น สมิธ")
    release = parse_release_text(text, release_id="r", path="r.txt")
    assert (release.published, release.modified) == (PartialDate(2020, 2, 9), PartialDate(2022, 11, 30))
    assert release.title.startswith("เมื่อวันที่ 5 กุมภาพันธ์") and "ปรับปรุง" not in release.title + release.body


def test_a_first_line_of_a_day_a_clock_time_and_the_source_is_the_pages_stamp():
    release = parse_release_text("2018-12-13 14:43สำนักข่าวนิวซีแลนด์\nสำนักข่าวนิวซีแลนด์รายงานว่า วันที่ 12 ธันวาคมที่ผ่านมา "
                                 "นายจอห์น สมิธ ได้พบปะหารือกับนายสมชาย รักไทย", release_id="r", path="r.txt")
    assert release.published == PartialDate(2018, 12, 13)
    assert release.title.startswith("สำนักข่าวนิวซีแลนด์รายงานว่า")


@pytest.mark.parametrize("second, published", [
    pytest.param("เรือประมงไทยขอบคุณกระทรวงการต่างประเทศ", PartialDate(2011, 2, 1), id="a-blogs-date-header"),
    pytest.param("15 พ.ย. 2567 09:56 | 560 view", PartialDate(2024, 11, 15), id="the-day-a-site-was-read-over-its-stamp"),
    pytest.param("เรือประมงไทยขอบคุณกระทรวงการต่างประเทศ พร้อมสานต่อความร่วมมือร่วมกันในปี 2554", PartialDate(2011, 2, 1),
                 id="a-headline-that-names-a-year-under-the-header"),
])
def test_a_first_line_that_is_a_weekday_and_a_date(second, published):
    first = "วันอังคารที่ 1 กุมภาพันธ์ พ.ศ. 2554" if second.startswith("เรือ") else "วันศุกร์ที่ 16 พฤษภาคม 2568"
    release = parse_release_text(f"{first}\n{second}\nเรือประมงไทยขอบคุณกระทรวงการต่างประเทศ\n"
                                 "เมื่อวันที่ 13 มกราคม นายสมชาย รักไทย ได้เจรจากับรัฐบาลนิวซีแลนด์", release_id="r", path="r.txt")
    assert release.published == published


def test_a_labelled_update_line_in_a_sites_header_is_metadata_and_dates_the_yearless_days():
    release = parse_release_text("Last updated: 3 ต.ค. 2567 | 1905 จำนวนผู้เข้าชม |\nเอกอัครราชทูตนิวซีแลนด์เข้าพบผู้ว่าราชการ"
                                 "จังหวัดริมน้ำ\nวันที่ 3 ต.ค.นายจอห์น สมิธ เอกอัครราชทูตนิวซีแลนด์ประจำประเทศไทย เข้าเยี่ยมคารวะ"
                                 "นายสมชาย รักไทย ผู้ว่าราชการจังหวัดริมน้ำ", release_id="r", path="r.txt")
    assert (release.published, release.modified) == (None, PartialDate(2024, 10, 3))
    assert release.title.startswith("เอกอัครราชทูตนิวซีแลนด์")
    assert [m.start for m in extract(release)] == [PartialDate(2024, 10, 3)]


def test_a_one_line_stamp_of_published_updated_and_read_counts_is_metadata_not_body():
    r = parse_release_text("นายจอห์น สมิธ รัฐมนตรีนิวซีแลนด์ หารือกับรัฐมนตรีว่าการกระทรวงยุติธรรม\n\n"
                           "เผยแพร่: 8 มี.ค. 2566 10:15 น. ปรับรุง: 20 มี.ค. 2566 16:40 น. เปิดอ่าน 52 ครั้ง\n\n"
                           "วันอังคารที่ 7 มีนาคม 2566 เวลา 10.00 น. ณ ห้องประชุม", release_id="x", path="x.txt")
    assert r.published == PartialDate(2023, 3, 8)
    assert r.body.startswith("วันอังคารที่ 7")


@pytest.mark.parametrize("chrome", [["ริมน้ำทีวี"], ["ริมน้ำทีวี", "การเมือง"]], ids=["a-sites-name", "a-site-then-a-section"])
def test_one_short_word_over_a_headline_is_a_sites_or_sections_name(chrome):
    headline = "นายกรัฐมนตรีให้การต้อนรับรัฐมนตรีว่าการกระทรวงกลาโหมนิวซีแลนด์"
    r = parse_release_text("\n\n".join([*chrome, headline, "เนื้อหาของข่าว"]), release_id="x", path="x.txt")
    assert r.title == headline


def _read_page(page: str):
    """The release a page saved as ``page`` reads as (the new cases below)."""
    return parse_release_text(clean(page), release_id="r", path="r.txt")


def test_a_sections_name_glued_before_the_headline_by_a_crumbs_arrow_is_no_part_of_it():
    page = ("ข่าวริมน้ำ » ผู้แทนนิวซีแลนด์ เข้าหารือ ผู้อำนวยการสำนักงานริมน้ำ และมอบอุปกรณ์\n"
            "ผู้แทนนิวซีแลนด์ เข้าหารือ ผู้อำนวยการสำนักงานริมน้ำ และมอบอุปกรณ์\n"
            "10 มีนาคม 2021\n"
            "วันพุธที่ 10 มีนาคม 2564 นายสมชาย รักไทย ผู้อำนวยการสำนักงานริมน้ำ ให้การต้อนรับ นายจอห์น สมิธ\n")
    release = _read_page(page)
    assert release.title == "ผู้แทนนิวซีแลนด์ เข้าหารือ ผู้อำนวยการสำนักงานริมน้ำ และมอบอุปกรณ์"
    assert release.body.startswith("วันพุธที่ 10 มีนาคม 2564")


def test_a_line_opening_with_a_link_word_goes_on_from_the_line_before():
    page = ("ผบ.ทบ. เยือนนิวซีแลนด์\n\n"
            "พลเอก สมชาย รักไทย ผู้บัญชาการทหารบก เยือนนิวซีแลนด์ โดยได้เข้าเยี่ยมคำนับ พร้อมหารือ\n"
            "กับ พลเอก John Smith ผู้บัญชาการทหารบกนิวซีแลนด์ (NZ Army)\n\n"
            "และ พลเรือเอก Jane Doe ผู้บัญชาการทหารเรือนิวซีแลนด์\n\n"
            "พร้อมเยี่ยมชมหน่วยฝึกริมน้ำ\n")
    release = _read_page(page)
    assert "พร้อมหารือ กับ พลเอก John Smith ผู้บัญชาการทหารบกนิวซีแลนด์ (NZ Army) และ พลเรือเอก Jane Doe" in release.body
    assert "\nพร้อมเยี่ยมชมหน่วยฝึกริมน้ำ" in release.body


def test_a_republishers_relay_line_under_the_headline_is_metadata():
    page = ("การเยือนนิวซีแลนด์ของรัฐมนตรีว่าการกระทรวงการต่างประเทศ\n\n"
            "ข่าวต่างประเทศ Monday March 3, 2025 09:15 —กระทรวงการต่างประเทศ\n\n"
            "นายสมชาย รักไทย รัฐมนตรีว่าการกระทรวงการต่างประเทศ เยือนนิวซีแลนด์อย่างเป็นทางการ\n")
    release = _read_page(page)
    assert (release.published, release.body.startswith("นายสมชาย")) == (PartialDate(2025, 3, 3), True)


def test_a_day_wrapped_after_its_word_and_a_latin_spelling_wrapped_inside_its_bracket_are_joined_back():
    page = ("นิวซีแลนด์เตรียมการเยือนไทย\n\n"
            "การเยือนของผู้นำนิวซีแลนด์มีกำหนดระหว่างวันที่ 5 – 7 มีนาคม 2567 ตามคำเชิญของรัฐบาลไทย ซึ่งเป็นการเยือนครั้งแรกในรอบหลายปีของผู้นำ\n"
            "จากการติดตามข่าวสาร ทราบว่าเมื่อวันที่\n"
            "19 มกราคม 2567 นายจอห์น สมิธ (H.E.Mr.John\n"
            "Smith) เอกอัครราชทูตนิวซีแลนด์ ประจำประเทศไทย\n")
    release = _read_page(page)
    assert "ทราบว่าเมื่อวันที่ 19 มกราคม 2567 นายจอห์น สมิธ (H.E.Mr.John Smith) เอกอัครราชทูตนิวซีแลนด์" in release.body


def test_a_body_wrapped_at_ninety_columns_is_joined_back_and_an_acronym_wrapped_onto_the_next_line_too():
    lines = ["องค์การริมน้ำระหว่างประเทศ ยินดีร่วมมือกับไทยด้านการฝึกอบรม", "",
             "วันนี้ (14 ส.ค.2562) ผู้สื่อข่าวรายงานว่า นายจอห์น สมิธ ประธานองค์การริมน้ำ (IRO) และคณะ",
             "เข้าเยี่ยมคารวะ นายสมชาย รักไทย นายกรัฐมนตรี ณ ห้องริมน้ำ ทำเนียบรัฐบาล เมื่อเวลา 13.30 น.",
             "เนื่องในโอกาสเดินทางเยือนไทย เพื่อเข้าร่วมการประชุม IRO Global Riverside Symposium",
             "(GRCS) ครั้งที่ 3 ระหว่างวันที่ 19-21 สิงหาคม 2562 ที่ จ.ริมน้ำ ซึ่งเป็นการประชุมสำคัญ",
             "นายกรัฐมนตรีกล่าวต้อนรับประธานและคณะ พร้อมทั้งขอบคุณที่ให้คำแนะนำมาโดยตลอดหลายปีที่ผ่านมา"]
    assert all(80 < len(ln) <= 100 for ln in lines[2:])
    page = "\n".join(lines) + "\n"
    release = _read_page(page)
    assert "และคณะ เข้าเยี่ยมคารวะ นายสมชาย" in release.body
    assert "Riverside Symposium (GRCS) ครั้งที่ 3" in release.body


def test_a_line_the_page_wrapped_softly_is_joined_back_and_an_indented_one_is_not(tmp_path):
    f = tmp_path / "r.txt"
    long = "ณ ห้องประชุมกรมริมน้ำ ชั้น 12 อาคารริมน้ำ ถนนริมน้ำ เขตริมน้ำ กรุงเทพมหานคร " * 3   # a body not hard-wrapped
    f.write_text(f"กรมริมน้ำหารือกับสำนักงานองค์การระหว่างประเทศ\n\n{long}นางสมศรี ใจดี รองอธิบดี ได้พบหารือกับนางสาวเจน \n"
                 "โด ผู้อำนวยการฝ่ายโครงการ\nนายสมชาย รักไทย กล่าวเปิดการประชุม \n    เมื่อวันที่ 3 มีนาคม\n", encoding="utf-8")
    body = read_release(f).body.split("\n")
    assert body[0].endswith("ได้พบหารือกับนางสาวเจน โด ผู้อำนวยการฝ่ายโครงการ")
    assert "นายสมชาย รักไทย กล่าวเปิดการประชุม" in body


def test_a_line_ending_on_the_companions_word_goes_on_with_them():
    r = parse_release_text("กรมริมน้ำหารือกับสำนักงานองค์การระหว่างประเทศ\nเมื่อวันที่ 23 กุมภาพันธ์ 2567 นายสมชาย รักไทย อธิบดี พร้อมด้วย\nนางสมศรี ใจดี รองอธิบดี ประชุมหารือ",
                           release_id="t", path="t.txt")
    assert "พร้อมด้วย นางสมศรี ใจดี" in r.body
