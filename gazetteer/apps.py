from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GazetteerConfig(AppConfig):
    """The Arabic place-name engine: admin areas, places, names and resolution."""

    name = "gazetteer"
    verbose_name = _("Gazetteer")
    default_auto_field = "django.db.models.BigAutoField"
