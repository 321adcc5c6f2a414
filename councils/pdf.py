"""PDFs with WeasyPrint that can only read the project's own static files, tagged for screen
readers.

A URL that came from user input (a Markdown link, a form value) must never make the renderer
fetch anything: every URL outside static/ is refused, and the refusals are counted so that
tests can prove it.

Every PDF is PDF/UA-1 (WeasyPrint's variant): a structure tree built from the HTML (h1, h2,
tables with their th cells, images with their alt text, an SVG with its <title>), marked, in the
language of the page's <html lang>, with its <title> shown as the window title. WeasyPrint 70
does not carry an element's own `lang` into the tree; `_tag_languages` adds it, so English lab
content inside a Welsh PDF is read with English pronunciation (WCAG 3.1.2).
"""

import mimetypes
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlparse

import pydyf
from django.conf import settings
from weasyprint import HTML
from weasyprint.pdf import tags as weasyprint_tags
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

STATIC_DIR = (Path(settings.BASE_DIR) / "static").resolve()
BASE_URL = STATIC_DIR.as_uri() + "/"


class StaticOnlyFetcher(URLFetcher):
    """Serves file:// URLs inside static/ and data: URIs; refuses everything else."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return super().fetch(url, headers)
        if parsed.scheme == "file":
            path = Path(unquote(parsed.path)).resolve()
            if path.is_file() and path.is_relative_to(STATIC_DIR):
                mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})
        self.refused.append(url)
        raise ValueError(f"Refused to fetch {url!r}: only the project's static files are used.")


@cache
def _font_config() -> FontConfiguration:
    """One per process: the project's @font-face fonts are loaded once, not per document
    (per-document loading costs ~70 ms and grows memory with every PDF)."""
    return FontConfiguration()


def _tag_languages(build_box_tree):
    """Wraps WeasyPrint's builder of structure elements so that an element whose HTML carries a
    `lang` gets it as /Lang (the document's own language is on the catalogue already)."""

    def build(box, parent, *args):
        inner = getattr(box, "_box", box)  # an absolutely placed box's placeholder
        element = getattr(inner, "element", None)
        lang = None
        if element is not None and getattr(inner, "element_tag", None) not in ("html", "body"):
            lang = element.get("lang")
        for structure in build_box_tree(box, parent, *args):
            if lang and "Lang" not in structure:
                structure["Lang"] = pydyf.String(lang)
            yield structure

    build.wraps = build_box_tree
    return build


if not hasattr(weasyprint_tags._build_box_tree, "wraps"):
    weasyprint_tags._build_box_tree = _tag_languages(weasyprint_tags._build_box_tree)


def render_pdf(html: str, *, fetcher: StaticOnlyFetcher | None = None) -> bytes:
    """A PDF/UA-1 document of this HTML, which must have <html lang> and a <title>."""
    fetcher = fetcher or StaticOnlyFetcher()
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher)
    return document.write_pdf(font_config=_font_config(), pdf_variant="pdf/ua-1")
