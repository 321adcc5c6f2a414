"""The adaption lab's tool, the "Adopt, adapt or leave" canvas. Paths start at the site root;
`pk` is always the enrolment's."""

from django.urls import path

from . import views

CANVAS = "dashboard/labs/<int:pk>/canvas/<int:canvas_pk>/"

urlpatterns = [
    path("dashboard/labs/<int:pk>/canvas/", views.tool, name="adaption_tool"),
    path("dashboard/labs/<int:pk>/canvas/new/", views.canvas_create, name="adaption_canvas_create"),
    path("dashboard/labs/<int:pk>/canvas/compare/", views.compare, name="adaption_compare"),
    path(CANVAS, views.canvas, name="adaption_canvas"),
    path(CANVAS + "pdf/", views.canvas_pdf, name="adaption_canvas_pdf"),
    path(CANVAS + "remove/", views.canvas_delete, name="adaption_canvas_delete"),
    path(CANVAS + "parts/", views.part_add, name="adaption_part_add"),
    path(CANVAS + "parts/<int:part_pk>/", views.part_edit, name="adaption_part"),
    path(CANVAS + "<slug:step>/", views.step, name="adaption_step"),
]
