"""No person reaches a funder: with sentinel people in the data (distinctive names, emails, a
withdrawal reason, a reflection, a cohort title), a crawl of every page and download a funder
can reach — following links, trying every choice of every filter and both download buttons —
finds none of them. The same crawl as their council's lead finds their own council's sentinels
in the page, the CSV and the PDF, so the crawl is proven to look."""

import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode, urlparse

import pytest
from pypdf import PdfReader

from cohorts.models import Cohort, Completion, Enrolment
from tests.cohorts.participant_helpers import set_today
from tests.cohorts.reports_data import TODAY, build_programme

SENTINELS = {
    # Cardiff people: their lead may see them.
    "cardiff": [
        ("Zebedee Quixotic-Sentinel", "zebedee.quixotic.sentinel@cardiff.test"),
        ("Xanthippe Vorpal-Sentinel", "xanthippe.vorpal.sentinel@cardiff.test"),
    ],
    # A Newport person: nobody in this test may see them.
    "newport": [("Yolanda Marchpane-Sentinel", "yolanda.marchpane.sentinel@newport.test")],
}
FREE_TEXT = ["SENTINEL-REASON-quokka", "SENTINEL-ANSWER-narwhal"]
COHORT_TITLE = "SENTINEL-COHORT-axolotl"


@pytest.fixture
def sentinels(monkeypatch, db):
    set_today(monkeypatch, TODAY)
    data = build_programme()
    people = data["people"]
    targets = {
        "cardiff": [people[("D1", "cardiff", "never")][0], people[("A1", "cardiff", "recent")][0]],
        "newport": [people[("D1", "newport", "done")][0]],
    }
    for slug, users in targets.items():
        for user, (name, email) in zip(users, SENTINELS[slug], strict=True):
            user.full_name, user.email = name, email
            user.save(update_fields=["full_name", "email"])
    gone = people[("D1", "cardiff", "gone")][0]
    Enrolment.objects.filter(user=gone).update(withdrawn_reason=FREE_TEXT[0])
    Completion.objects.filter(enrolment__user=targets["cardiff"][1]).update(answer=FREE_TEXT[1])
    Cohort.objects.filter(pk=data["cohorts"]["A1"].pk).update(title=COHORT_TITLE)
    return data


@dataclass
class Form:
    method: str
    action: str
    fields: dict = field(default_factory=dict)  # hidden inputs and selected options
    selects: dict = field(default_factory=dict)  # name -> every option value
    buttons: list = field(default_factory=list)  # (name, value)


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.forms: list[Form] = []
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        form = self.forms[-1] if self.forms else None
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self.forms.append(Form(attrs.get("method", "get").lower(), attrs.get("action", "")))
        elif tag == "input" and form and attrs.get("type") == "hidden" and attrs.get("name"):
            form.fields[attrs["name"]] = attrs.get("value", "")
        elif tag == "select" and form:
            self._select = attrs["name"]
            form.selects[self._select] = []
            form.fields.setdefault(self._select, "")
        elif tag == "option" and form and self._select:
            form.selects[self._select].append(attrs.get("value", ""))
            if "selected" in attrs:
                form.fields[self._select] = attrs.get("value", "")
        elif tag == "button" and form and attrs.get("name"):
            form.buttons.append((attrs["name"], attrs.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


SKIP = ("/accounts/logout", "/admin/", "/static/", "/media/", "mailto:", "#")


def workbook_text(content: bytes) -> str:
    """Every text of a workbook (its shared strings and inline strings), unescaped."""
    with zipfile.ZipFile(io.BytesIO(content)) as book:
        xml = " ".join(
            book.read(name).decode() for name in book.namelist() if name.startswith("xl/")
        )
    return " ".join(html.unescape(t) for t in re.findall(r"<t[^>]*>([^<]*)</t>", xml))


def response_text(response) -> str:
    """The text a reader gets from a page or a download (PDF, workbook, CSV)."""
    content = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    kind = response.get("Content-Type", "")
    if "pdf" in kind:
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)
    if "spreadsheetml" in kind:
        return workbook_text(content)
    return content.decode("utf-8-sig", "replace")


def local_links(hrefs):
    """The portal's own links among `hrefs`, as paths with their query."""
    for href in hrefs:
        path = urlparse(href)
        if href.startswith(SKIP) or (path.netloc and path.netloc != "testserver"):
            continue
        yield href if not path.netloc else path.path + ("?" + path.query if path.query else "")


def crawl(client, capture, start=("/home/", "/reports/"), limit=300) -> dict[str, str]:
    """Every page and download reachable from `start`, as {url: text}."""
    seen: dict[str, str] = {}
    queue = list(start)
    posted: set[tuple] = set()

    def visit(url):
        if url in seen or len(seen) >= limit:
            return
        response = client.get(url, follow=True)
        final = response.redirect_chain[-1][0] if response.redirect_chain else url
        kind = response.get("Content-Type", "")
        text = seen[url] = response_text(response)
        if "html" not in kind:
            return
        parser = PageParser()
        parser.feed(text)
        queue.extend(local_links(parser.links))
        for form in parser.forms:
            action = form.action or urlparse(final).path
            if form.method == "get" and action.startswith("/reports"):
                # Every choice of every filter, one at a time from what the page shows.
                for name, values in form.selects.items():
                    for value in values:
                        queue.append(f"{action}?{urlencode({**form.fields, name: value})}")
            elif form.method == "post" and "downloads" in action:
                for name, value in form.buttons:
                    key = (action, tuple(sorted(form.fields.items())), value)
                    # Both formats for the unfiltered report; CSVs for every filter choice.
                    if key in posted or (value in ("pdf", "xlsx") and len(posted) > 4):
                        continue
                    posted.add(key)
                    with capture(execute=True):
                        response = client.post(action, {**form.fields, name: value}, follow=True)
                    queue.append(response.redirect_chain[-1][0])

    while queue and len(seen) < limit:
        visit(queue.pop(0))
    return seen


def _squeezed(text: str) -> str:
    # A PDF's text breaks long names across lines ("Quixotic-\nSentinel"): compare without
    # any whitespace, which can only find more, never less.
    return "".join(text.split())


def found(pages: dict[str, str], needles) -> dict[str, list[str]]:
    squeezed = {url: _squeezed(text) for url, text in pages.items()}
    hits = {
        needle: [url for url, text in squeezed.items() if _squeezed(needle) in text]
        for needle in needles
    }
    return {needle: urls for needle, urls in hits.items() if urls}


ALL_SENTINELS = [x for people in SENTINELS.values() for person in people for x in person]


def test_a_funder_reaches_no_person_in_any_page_or_download(
    client, sentinels, funder, django_capture_on_commit_callbacks
):
    client.force_login(funder)
    pages = crawl(client, django_capture_on_commit_callbacks)
    downloads = [url for url in pages if url.endswith("/file/")]
    # The crawl went everywhere: filters, both formats, the downloads' own pages.
    assert len(pages) > 40, list(pages)
    assert any("period=fy-2025-q1" in url for url in pages)
    assert any("lab=data" in url for url in pages) and any(
        "council=newport" in url for url in pages
    )
    assert sum(
        text.startswith("%PDF") or "Programme progress report" in text for text in pages.values()
    )
    assert len(downloads) >= 5, downloads
    assert found(pages, ALL_SENTINELS + FREE_TEXT + [COHORT_TITLE]) == {}


def test_the_same_crawl_as_their_council_lead_finds_their_own_people(
    client, sentinels, lead, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    pages = crawl(client, django_capture_on_commit_callbacks)
    hits = found(pages, ALL_SENTINELS + FREE_TEXT)
    cardiff = [x for person in SENTINELS["cardiff"] for x in person]
    assert set(hits) == set(cardiff), hits
    for name, email in SENTINELS["cardiff"]:
        assert any(url.startswith("/reports/?") or url == "/reports/" for url in hits[name])
        assert any(url.endswith("/file/") for url in hits[email])  # in the workbook
    pdf_pages = [
        url
        for url, text in pages.items()
        if "Programme progress report" in text and url.endswith("/file/")
    ]
    name = _squeezed(SENTINELS["cardiff"][0][0])
    assert pdf_pages and all(name in _squeezed(pages[url]) for url in pdf_pages), (
        "the lead's PDF names their staff"
    )
