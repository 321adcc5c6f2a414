"""What an htmx answer swaps out of band, and whether the page it answers has each target: htmx
reports every out-of-band fragment whose target the page lacks as `htmx:oobErrorNoTarget`."""

import re

_OOB = re.compile(r'<[^>]*\shx-swap-oob="([^"]*)"[^>]*>')
_ID = re.compile(r'\sid="([^"]+)"')


def oob_targets(html: str) -> list[str]:
    """The id each out-of-band fragment of an answer is swapped into: the selector's, for
    `outerHTML:#id[...]`, else the fragment's own."""
    targets = []
    for match in _OOB.finditer(html):
        swap = match.group(1)
        selector = swap.split(":", 1)[1] if ":" in swap else ""
        if selector:
            targets.append(re.match(r"#([\w-]+)", selector.strip()).group(1))
        else:
            targets.append(_ID.search(match.group(0)).group(1))
    return targets


def ids(html: str) -> set[str]:
    return set(_ID.findall(html))


def missing_targets(answer: str, page: str) -> list[str]:
    """The out-of-band targets of `answer` that `page` does not have."""
    return [target for target in oob_targets(answer) if target not in ids(page)]
