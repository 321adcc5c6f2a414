"""The Adaption Lab's tool as the registry knows it: its name, its six steps and the week
each belongs to (the week of the curriculum's tool activity with the same `tool_step`)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from labs.registry import Tool, ToolStep

from . import selectors

STEPS = (
    ToolStep("innovation", _("The innovation"), 1),
    ToolStep("context", _("Our context"), 3),
    ToolStep("fit", _("Fit"), 3),
    ToolStep("core", _("Core and changeable parts"), 4),
    ToolStep("decision", _("Adopt, adapt or leave"), 5),
    ToolStep("test", _("A first small test"), 5),
)

TOOL = Tool(
    lab_code="adaption",
    name=_("Adopt, adapt or leave canvas"),
    url_name="adaption_tool",
    steps=STEPS,
    steps_done=selectors.steps_done,
    pdf_urls=lambda enrolment: [
        reverse("adaption_canvas_pdf", kwargs={"pk": enrolment.pk, "canvas_pk": canvas.pk})
        for canvas in enrolment.adaption_canvases.order_by("pk")
    ],
)
