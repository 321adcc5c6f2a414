from django.urls import path

from . import views

urlpatterns = [
    path("profile/my-data/", views.my_data, name="my_data"),
    path("profile/my-data/download/", views.my_data_download, name="my_data_download"),
]
