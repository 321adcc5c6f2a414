"""Browser tests: Playwright's Python API driving Debian's Chromium against live_server.

Every project page a test visits must be checked with axe-core (WCAG 2.x A and AA); the
`page` fixture records each page loaded and fails the test at teardown if one was not
checked. The Django admin's own pages are not ours to fix and are left out.

The Content Security Policy is on as in production: the `page` fixture also fails a test in
which the browser reported a CSP violation on any page, the admin's included (`page.csp`
holds what it saw). axe is loaded from our static files, as a script the policy allows.
"""

import json
import os
import time
from urllib.parse import urlparse

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from playwright.sync_api import sync_playwright

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


class AxeChecker:
    def __init__(self, page):
        self.page = page
        self.visited: list[str] = []
        self.checked: set[str] = set()

    def __call__(self) -> None:
        """Run axe on the page as it is now; fail on any WCAG A/AA violation."""
        page = self.page
        page.wait_for_load_state("load")
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            # By URL, not inlined: the Content Security Policy refuses inline scripts.
            page.add_script_tag(url="/static/vendor/axe.min.js")
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        violations = [
            {
                "id": v["id"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"]][:5],
            }
            for v in result["violations"]
        ]
        assert not violations, f"axe on {page.url}:\n{json.dumps(violations, indent=2)}"
        self.checked.add(_key(page.url))


def _key(url: str) -> str:
    parsed = urlparse(url)
    return parsed.path + ("?" + parsed.query if parsed.query else "")


def _is_project_page(url: str) -> bool:
    path = urlparse(url).path
    return url.startswith("http") and not path.startswith(("/admin/", "/static/", "/media/"))


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    checker = AxeChecker(page)
    page.on(
        "framenavigated",
        lambda frame: (
            frame == page.main_frame
            and _is_project_page(frame.url)
            and checker.visited.append(_key(frame.url))
        ),
    )
    page.axe = checker
    page.csp = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.csp.append(message.text),
    )
    yield page
    context.close()
    assert not page.csp, "CSP violations:\n" + "\n".join(page.csp)
    unchecked = [url for url in dict.fromkeys(checker.visited) if url not in checker.checked]
    assert not unchecked, f"pages visited but not checked with axe: {unchecked}"


_last_totp_window: dict[str, int] = {}


def sign_in(page, email: str, password: str, *, totp_secret: str | None = None) -> None:
    """Sign in; with `totp_secret`, also enter the code an authenticator app set up with that
    key shows (the demo's staff account has one)."""
    page.goto("/accounts/login/")
    page.axe()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("load")
    if totp_secret is not None:
        assert page.url.endswith("/accounts/2fa/authenticate/"), page.url
        page.axe()
        # allauth refuses a code already used (kept in this process's cache): wait for a fresh
        # 30-second window, and not one about to end.
        while int(time.time()) // 30 == _last_totp_window.get(totp_secret) or time.time() % 30 > 27:
            time.sleep(0.5)
        window = int(time.time()) // 30
        _last_totp_window[totp_secret] = window
        code = format_hotp_value(hotp_value(totp_secret, window))
        page.get_by_label("Code from your authenticator app").fill(code)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state("load")
