from django.urls import path

from . import views

urlpatterns = [
    path("profile/equality/", views.equality, name="equality"),
    path("profile/equality/download/", views.equality_download, name="equality_download"),
    path("profile/equality/delete/", views.equality_delete, name="equality_delete"),
]
