"""The map page, its API (control snapshots, changes, histories, exports, outlines) and the Atom feed."""

from django.urls import path
from django.views.generic import TemplateView

from frontline import feeds, map_api, map_views

urlpatterns = [
    path("", map_views.map_page, name="home"),
    path("about", TemplateView.as_view(template_name="frontline/home.html"), name="about"),
    path("api/control", map_api.ControlView.as_view(), name="map-control"),
    path("api/control.<str:suffix>", map_api.ControlView.as_view(), name="map-control-export"),
    path("api/changes", map_api.ChangesView.as_view(), name="map-changes"),
    path("api/changes.<str:suffix>", map_api.ChangesView.as_view(), name="map-changes-export"),
    path("api/places/<int:pk>/history", map_api.PlaceHistoryView.as_view(), name="map-place-history"),
    path("api/outlines", map_api.OutlinesView.as_view(), name="map-outlines"),
    path("feeds/changes.atom", feeds.ChangesFeed(), name="map-changes-feed"),
]
