"""The procurement lab's tool, the Social value planner. Paths start at the site root; `pk`
is always the enrolment's, as the frame's comment view expects."""

from django.urls import path

from . import views

PLAN = "dashboard/labs/<int:pk>/social-value/<int:plan_id>/"

urlpatterns = [
    path("dashboard/labs/<int:pk>/social-value/", views.planner, name="procurement_planner"),
    path(
        "dashboard/labs/<int:pk>/social-value/new/",
        views.plan_create,
        name="procurement_plan_create",
    ),
    path(PLAN, views.plan_detail, name="procurement_plan"),
    path(PLAN + "contract/", views.plan_contract, name="procurement_plan_contract"),
    path(PLAN + "outcomes/", views.plan_outcomes, name="procurement_plan_outcomes"),
    path(PLAN + "weighting/", views.plan_weighting, name="procurement_plan_weighting"),
    path(PLAN + "bids/", views.plan_bids, name="procurement_plan_bids"),
    path(PLAN + "social-value-plan.pdf", views.plan_pdf, name="procurement_plan_pdf"),
    path(PLAN + "delete/", views.plan_delete, name="procurement_plan_delete"),
]
