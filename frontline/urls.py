"""Top-level URL configuration."""

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView

from frontline import views

admin.site.site_header = _("Frontline editors")
admin.site.site_title = _("Frontline")
admin.site.index_title = _("Claims, reports and the gazetteer")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include("gazetteer.urls")),
    path("", include("frontline.claims_urls")),
    path("", include("frontline.map_urls")),
    path("", include("frontline.reader_urls")),
    path("admin/", admin.site.urls),
]
