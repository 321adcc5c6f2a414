"""Reads of lab curricula. Curricula are programme content, not council data."""

from django.db.models import Count, Prefetch, QuerySet

from .models import Activity, Lab, Material, Module


def labs_with_modules() -> QuerySet[Lab]:
    return Lab.objects.prefetch_related(
        Prefetch("modules", queryset=Module.objects.order_by("number"))
    ).order_by("code")


def module_with_content(*, lab: Lab, number: int) -> Module:
    return (
        Module.objects.filter(lab=lab, number=number)
        .prefetch_related(
            Prefetch("materials", queryset=Material.objects.order_by("position", "pk")),
            Prefetch("activities", queryset=Activity.objects.order_by("position", "pk")),
        )
        .get()
    )


def required_activity_counts() -> dict[int, int]:
    """Required activities per lab id."""
    return dict(
        Activity.objects.counting()
        .filter(required=True)
        .values_list("module__lab_id")
        .annotate(n=Count("pk"))
        .values_list("module__lab_id", "n")
    )
