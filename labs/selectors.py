"""Reads of lab curricula. Curricula are programme content, not council data."""

from django.db.models import Prefetch, QuerySet

from .models import Lab, Module


def labs_with_modules() -> QuerySet[Lab]:
    return Lab.objects.prefetch_related(
        Prefetch("modules", queryset=Module.objects.order_by("number"))
    ).order_by("code")
