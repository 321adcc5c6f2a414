"""The data lab's tool, the Good data question builder. Paths start at the site root; `pk` is
always the enrolment's."""

from django.urls import path

from . import views

BASE = "dashboard/labs/<int:pk>/data-questions/"

urlpatterns = [
    path(BASE, views.data_tool, name="data_tool"),
    path(f"{BASE}new/", views.data_question_new, name="data_question_new"),
    path(f"{BASE}pdf/", views.data_tool_pdf, name="data_tool_pdf"),
    path(f"{BASE}<int:question_pk>/", views.data_question, name="data_question"),
    path(
        f"{BASE}<int:question_pk>/steps/<slug:step>/",
        views.data_question_step,
        name="data_question_step",
    ),
    path(
        f"{BASE}<int:question_pk>/delete/", views.data_question_delete, name="data_question_delete"
    ),
    path(f"{BASE}<int:question_pk>/items/", views.data_item_add, name="data_item_add"),
    path(f"{BASE}<int:question_pk>/items/<int:item_pk>/", views.data_item, name="data_item"),
    path(
        f"{BASE}<int:question_pk>/items/<int:item_pk>/delete/",
        views.data_item_delete,
        name="data_item_delete",
    ),
]
