from django.urls import path

from . import views

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/calendar-link/", views.calendar_link_renew, name="calendar_link_renew"),
    path("profile/calendar-link/new/", views.calendar_link_confirm, name="calendar_link_confirm"),
    path("language/", views.language_switch, name="language_switch"),
]
