from django.urls import path

from . import views
from .learning import outcome_views
from .reports import views as report_views

urlpatterns = [
    path("home/", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    # A participant's own cohort, week and work, addressed by their enrolment.
    path("dashboard/labs/<int:pk>/", views.lab_detail, name="lab_detail"),
    path("dashboard/labs/<int:pk>/weeks/<int:number>/", views.lab_week, name="lab_week"),
    path(
        "dashboard/labs/<int:pk>/activities/<int:activity_pk>/",
        views.activity_submit,
        name="activity_submit",
    ),
    path(
        "dashboard/labs/<int:pk>/materials/<int:material_pk>/",
        views.material_download,
        name="material_download",
    ),
    path(
        "dashboard/labs/<int:pk>/self-assessment/<str:kind>/",
        outcome_views.self_assessment,
        name="self_assessment",
    ),
    path("dashboard/labs/<int:pk>/six-months-on/", outcome_views.follow_up, name="follow_up"),
    path("council/", views.lead_home, name="lead_home"),
    path("reports/", report_views.reports, name="reports"),
    path("reports/returns/", report_views.monitoring_returns_page, name="monitoring_returns"),
    path(
        "reports/returns/submit/",
        report_views.monitoring_return_submit_view,
        name="monitoring_return_submit",
    ),
    path(
        "reports/returns/<int:pk>/pdf/",
        report_views.monitoring_return_pdf,
        name="monitoring_return_pdf",
    ),
    path(
        "reports/returns/<int:pk>/workbook/",
        report_views.monitoring_return_workbook,
        name="monitoring_return_workbook",
    ),
    path("reports/downloads/", report_views.report_export_create, name="report_export_create"),
    path("reports/downloads/<int:pk>/", report_views.report_export, name="report_export"),
    path(
        "reports/downloads/<int:pk>/file/",
        report_views.report_export_download,
        name="report_export_download",
    ),
    path("staff/", views.staff_home, name="staff_home"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("sessions/<int:pk>/calendar.ics", views.session_ics, name="session_ics"),
]
