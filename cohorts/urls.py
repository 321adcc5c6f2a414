from django.urls import path

from . import views

urlpatterns = [
    path("home/", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("council/", views.lead_home, name="lead_home"),
    path("reports/", views.reports, name="reports"),
    path("staff/", views.staff_home, name="staff_home"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("sessions/<int:pk>/calendar.ics", views.session_ics, name="session_ics"),
]
