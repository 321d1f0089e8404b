"""Admin forms for claims: the same validation as the services, shown on the form, nothing saved."""

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.forms.models import construct_instance
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from leaflet.forms.widgets import LeafletWidget

from frontline import services
from frontline.models import Claim


class PlaceAutocomplete(AutocompleteSelect):
    """Django's select2 autocomplete, fed by the gazetteer's name search instead of a ModelAdmin."""

    url_name = "admin:frontline_claim_place_autocomplete"

    def get_url(self):
        return reverse(self.url_name)


class PlacePreviewWidget(LeafletWidget):
    """A read-only Leaflet map with the claim's place on it."""

    include_media = True
    modifiable = False
    geom_type = "POINT"


class ClaimAdminForm(forms.ModelForm):
    """Validation through services.claim_validate; the admin then saves through the services."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False, label="")

    class Meta:
        model = Claim
        fields = [*services.EDITABLE_FIELDS, "reports"]  # what the services let an editor change

    user = None  # set by ClaimAdmin.get_form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "place" in self.fields:
            self.fields["place"].error_messages["required"] = services.MSG_NO_PLACE
        if "reports" in self.fields:
            self.fields["reports"].error_messages["required"] = services.MSG_NO_REPORTS
        if "date_end" in self.fields:
            self.fields["date_end"].required = False
            self.fields["date_end"].help_text = _("Leave empty for a single day.")
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version

    def _post_clean(self):
        opts = self._meta
        self.instance = construct_instance(self, self.instance, opts.fields, opts.exclude)
        if self.instance.author_id is None and self.user is not None:
            self.instance.author = self.user
        if self.instance.date_start and not self.instance.date_end:
            self.instance.date_end = self.instance.date_start
        if self.errors:
            return
        version = self.cleaned_data.get("expected_version")
        if self.instance.pk and version is not None:
            current = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if current != version:
                self.add_error(
                    None,
                    _(
                        "Someone else changed this claim while you were editing it (now version %(v)s). Reload it."
                    )
                    % {"v": current},
                )
                return
        try:
            services.claim_validate(
                self.instance, list(self.cleaned_data.get("reports") or []), exclude_pk=self.instance.pk
            )
        except ValidationError as error:
            self._update_errors(error)


class ReviewForm(forms.Form):
    """One review decision on one claim, with the version the reviewer saw."""

    ACTIONS = [
        ("verify", _("Verify")),
        ("dispute", _("Dispute")),
        ("reject", _("Reject")),
        ("retract", _("Retract")),
    ]
    action = forms.ChoiceField(label=_("decision"), choices=ACTIONS, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("note (the reason, for a retraction)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput)
