from django.shortcuts import render

from .selectors import labs_with_modules


def landing(request):
    """The public front page: the programme and its three labs in plain words."""
    return render(request, "labs/landing.html", {"labs": labs_with_modules()})
