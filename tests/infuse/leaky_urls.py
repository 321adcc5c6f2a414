"""A test-only URL configuration: the project's URLs plus one deliberately unscoped view, so
that a test can prove the tenancy walk catches a leak."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path

from cohorts.models import Enrolment
from infuse.urls import urlpatterns as project_urlpatterns


def leaky_enrolment(request, pk):
    # Deliberately wrong: any signed-in person reads anyone's enrolment.
    enrolment = get_object_or_404(Enrolment.objects.select_related("user"), pk=pk)
    return HttpResponse(f"{enrolment.user.full_name} <{enrolment.user.email}>")


urlpatterns = [
    *project_urlpatterns,
    path("leak/enrolments/<int:pk>/", leaky_enrolment, name="leaky_enrolment"),
]
