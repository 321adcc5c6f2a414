from django.urls import path

from . import programme_views

urlpatterns = [
    path("sessions/<int:pk>/register/", programme_views.register, name="register"),
    path("council/cohorts/<int:pk>/nominate/", programme_views.nominate, name="nominate"),
]
