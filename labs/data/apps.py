from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Which week each step of the builder belongs to: the week whose tool activity it completes,
# as labs/data/curriculum.py teaches it (tests/labs/data/test_registry.py holds them together).
STEP_WEEKS = (("question", 1), ("kind", 1), ("data", 2), ("ethics", 3), ("quality", 4))


class DataConfig(AppConfig):
    name = "labs.data"
    label = "lab_data"
    verbose_name = _("Data Lab")

    def ready(self):
        from infuse import access
        from labs.registry import Tool, ToolStep, register

        from . import access as lab_access
        from .guidance import STEP_TITLES
        from .selectors import steps_done

        register(
            Tool(
                lab_code="data",
                name=_("Good data question builder"),
                url_name="data_tool",
                steps=tuple(ToolStep(name, STEP_TITLES[name], week) for name, week in STEP_WEEKS),
                steps_done=steps_done,
                pdf_urls=_pdf_urls,
            )
        )
        access.register(lab_access.ACCESS)


def _pdf_urls(enrolment) -> list[str]:
    from django.urls import reverse

    if not enrolment.data_questions.exists():
        return []
    return [reverse("data_tool_pdf", args=[enrolment.pk])]
