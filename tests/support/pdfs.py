"""Read a PDF as assistive technology and other programs do, with tools nobody on the project
wrote: pikepdf for the structure tree and catalogue, poppler's pdftotext for the text."""

import io
import shutil
import subprocess
from dataclasses import dataclass, field

import pikepdf


@dataclass
class Node:
    tag: str  # "H1", "Table", "TH", "Figure", ...
    alt: str | None
    lang: str | None
    children: list["Node"] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Tagged:
    marked: bool
    lang: str
    display_doc_title: bool
    title: str
    root: Node
    fonts: set[str]

    def nodes(self, tag: str | None = None) -> list[Node]:
        return [n for n in self.root.walk() if tag is None or n.tag == tag]

    @property
    def headings(self) -> list[str]:
        return [n.tag for n in self.root.walk() if n.tag in ("H1", "H2", "H3", "H4", "H5", "H6")]


def _node(obj) -> Node | None:
    if not isinstance(obj, pikepdf.Dictionary) or "/S" not in obj:
        return None  # a marked-content id or an object reference, not a structure element
    alt = obj.get("/Alt")
    lang = obj.get("/Lang")
    node = Node(
        tag=str(obj.S)[1:],
        alt=str(alt) if alt is not None else None,
        lang=str(lang) if lang is not None else None,
    )
    kids = obj.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        child = _node(kid)
        if child:
            node.children.append(child)
    return node


def tagged(data: bytes) -> Tagged:
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.Root
    tree = root.get("/StructTreeRoot")
    top = Node("StructTreeRoot", None, None)
    if tree is not None:
        kids = tree.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            child = _node(kid)
            if child:
                top.children.append(child)
    with pdf.open_metadata() as xmp:
        title = xmp.get("dc:title") or ""
    fonts = set()
    for page in pdf.pages:
        for font in (page.Resources.get("/Font") or {}).values():
            fonts.add(str(font.get("/BaseFont", font.get("/Name", ""))))
    mark_info = root.get("/MarkInfo") or {}
    prefs = root.get("/ViewerPreferences") or {}
    return Tagged(
        marked=bool(mark_info.get("/Marked", False)),
        lang=str(root.get("/Lang", "")),
        display_doc_title=bool(prefs.get("/DisplayDocTitle", False)),
        title=str(title),
        root=top,
        fonts=fonts,
    )


def pdftotext(data: bytes, *pages: int) -> str:
    """The text as poppler extracts it (copy and paste, search, many screen readers);
    one page (1-based) or all of them."""
    assert shutil.which("pdftotext"), "pdftotext (Debian poppler-utils) is needed"
    args = ["pdftotext", "-enc", "UTF-8"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    result = subprocess.run(
        [*args, "-", "-"], input=data, capture_output=True, check=True, timeout=60
    )
    return result.stdout.decode("utf-8")


def page_count(data: bytes) -> int:
    return len(pikepdf.open(io.BytesIO(data)).pages)
