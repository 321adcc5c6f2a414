"""PDFs with WeasyPrint that can only read the project's own static files.

A URL that came from user input (a Markdown link, a form value) must never make the renderer
fetch anything: every URL outside static/ is refused, and the refusals are counted so that
tests can prove it.
"""

import mimetypes
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from weasyprint import HTML
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


def render_pdf(html: str, *, fetcher: StaticOnlyFetcher | None = None) -> bytes:
    fetcher = fetcher or StaticOnlyFetcher()
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher)
    return document.write_pdf(font_config=_font_config())
