"""The registry of lab tools.

Each lab app registers its tool here when Django starts (in its AppConfig.ready). `labs`
and `cohorts` never import a lab app: they ask this registry.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ToolStep:
    name: str
    title: str
    week: int


@dataclass(frozen=True)
class Tool:
    lab_code: str
    name: str
    url_name: str  # the tool's start page, reversed with the enrolment's pk
    steps: tuple[ToolStep, ...] = field(default_factory=tuple)

    def step(self, name: str) -> ToolStep | None:
        return next((step for step in self.steps if step.name == name), None)


_tools: dict[str, Tool] = {}


def register(tool: Tool) -> None:
    _tools[tool.lab_code] = tool


def tool_for(lab_code: str) -> Tool | None:
    return _tools.get(lab_code)


def all_tools() -> list[Tool]:
    return list(_tools.values())
