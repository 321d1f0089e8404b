"""Gazetteer routes."""

from django.urls import path

from gazetteer import api

urlpatterns = [
    path("api/places/search", api.PlaceSearchView.as_view(), name="place-search"),
    path("api/places/<int:pk>", api.PlaceDetailView.as_view(), name="place-detail"),
]
