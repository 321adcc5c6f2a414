from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProcurementConfig(AppConfig):
    name = "labs.procurement"
    label = "lab_procurement"
    verbose_name = _("Procurement Lab")

    def ready(self):
        from infuse import access
        from labs.registry import Tool, ToolStep, register

        from . import access as lab_access
        from .selectors import plan_steps_done

        # Step names and weeks match the tool activities in curriculum.py.
        register(
            Tool(
                lab_code="procurement",
                name=_("Social value planner"),
                url_name="procurement_planner",
                steps=(
                    ToolStep("contract", _("The contract"), 1),
                    ToolStep("outcomes", _("Social value outcomes"), 2),
                    ToolStep("weighting", _("Evaluation weighting"), 5),
                    ToolStep("bids", _("Bid evaluator"), 5),
                ),
                steps_done=plan_steps_done,
                pdf_urls=_pdf_urls,
            )
        )
        access.register(lab_access.ACCESS)


def _pdf_urls(enrolment) -> list[str]:
    from django.urls import reverse

    return [
        reverse("procurement_plan_pdf", kwargs={"pk": enrolment.pk, "plan_id": plan.pk})
        for plan in enrolment.social_value_plans.order_by("pk")
    ]
