from django.urls import path

from . import views

urlpatterns = [
    path("profile/my-data/", views.my_data, name="subject_access"),
    path("profile/my-data/download/", views.my_data_download, name="subject_access_download"),
]
