"""The registry of lab tools.

Each lab app registers its tool here when Django starts (in its AppConfig.ready). `labs`
and `cohorts` never import a lab app: they ask this registry.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ToolStep:
    name: str  # matches Activity.tool_step in the lab's curriculum
    title: str
    week: int  # the week whose activities this step completes


@dataclass(frozen=True)
class ToolStatus:
    """How far one participant has got with a tool, without any of its content."""

    steps_done: int
    steps_total: int

    @property
    def label(self) -> str:
        from django.utils.translation import gettext as _

        if self.steps_done == 0:
            return _("Not started")
        if self.steps_done >= self.steps_total:
            return _("Complete")
        return _("In progress (%(done)s of %(total)s steps)") % {
            "done": self.steps_done,
            "total": self.steps_total,
        }


@dataclass(frozen=True)
class Tool:
    lab_code: str
    name: str
    url_name: str  # the tool's start page, reversed with the enrolment's pk
    steps: tuple[ToolStep, ...] = field(default_factory=tuple)
    # enrolment ids -> {enrolment id: names of the steps complete}, in a fixed number of queries
    steps_done: Callable[[Iterable[int]], dict[int, set[str]]] | None = None
    # an enrolment -> the URLs of its PDFs in this tool (the subject-access export fetches them)
    pdf_urls: Callable[[Any], list[str]] | None = None

    def step(self, name: str) -> ToolStep | None:
        return next((step for step in self.steps if step.name == name), None)

    def statuses(
        self, enrolment_ids: Iterable[int], also_done: dict[int, set[str]] | None = None
    ) -> dict[int, ToolStatus]:
        """`also_done`: steps known done some other way (their activity ticked), by enrolment;
        only this tool's own step names count."""
        ids = list(enrolment_ids)
        done = self.steps_done(ids) if self.steps_done else {}
        names = {step.name for step in self.steps}
        also_done = also_done or {}
        return {
            pk: ToolStatus(
                len((done.get(pk, set()) | also_done.get(pk, set())) & names), len(self.steps)
            )
            for pk in ids
        }


_tools: dict[str, Tool] = {}


def register(tool: Tool) -> None:
    _tools[tool.lab_code] = tool


def tool_for(lab_code: str) -> Tool | None:
    return _tools.get(lab_code)
