from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontlineConfig(AppConfig):
    """The control-claims app: actors, sources, reports, claims and the map."""

    name = "frontline"
    verbose_name = _("Control claims")
    default_auto_field = "django.db.models.BigAutoField"
