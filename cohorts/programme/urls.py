from django.urls import path

from . import views as programme_views

urlpatterns = [
    path("sessions/<int:pk>/register/", programme_views.register, name="register"),
    path("council/cohorts/<int:pk>/nominate/", programme_views.nominate, name="nominate"),
    path("waiting-list/<int:pk>/", programme_views.waiting_offer, name="waiting_offer"),
    path(
        "nudges/unsubscribe/<str:token>/",
        programme_views.nudges_unsubscribe,
        name="nudges_unsubscribe",
    ),
    path("certificates/", programme_views.certificate_lookup, name="certificate_lookup"),
    path("certificates/<str:code>/", programme_views.certificate_verify, name="certificate_verify"),
    path(
        "certificates/<int:pk>/download/",
        programme_views.certificate_download,
        name="certificate_download",
    ),
    path(
        "dashboard/labs/<int:pk>/tool/comments/", programme_views.tool_comment, name="tool_comment"
    ),
]
