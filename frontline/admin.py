"""Editors' and verifiers' admin: claims with their evidence, review through the services, history."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from frontline import selectors, services
from frontline.forms import ClaimAdminForm, PlaceAutocomplete, PlacePreviewWidget, ReviewForm
from frontline.models import Actor, ActorName, Claim, Perspective, Report, Source
from gazetteer.models import AdminArea, Place, PlaceName

REVIEW_ACTIONS = {
    "verify": lambda claim, user, note: services.claim_verify(
        claim=claim, reviewer=user, note=note, expected_version=claim.version
    ),
    "dispute": lambda claim, user, note: services.claim_dispute(
        claim=claim, reviewer=user, note=note, expected_version=claim.version
    ),
    "reject": lambda claim, user, note: services.claim_reject(
        claim=claim, reviewer=user, note=note, expected_version=claim.version
    ),
    "retract": lambda claim, user, note: services.claim_retract(
        claim=claim, reviewer=user, reason=note, expected_version=claim.version
    ),
}


def place_ids_matching(term: str):
    """Ids of places any of whose names (Arabic or Latin, any spelling) start with or sound like `term`."""
    from gazetteer.normalize import name_key
    from gazetteer.transliterate import latin_key

    key, lkey = name_key(term), latin_key(term)
    q = Q()
    if key:
        q |= Q(key__startswith=key)
    if lkey and len(lkey) >= 3:
        q |= Q(latin_key=lkey)
    if not q:
        return PlaceName.objects.none().values("place_id")
    return PlaceName.objects.filter(q).values("place_id")


class ActorNameInline(admin.TabularInline):
    model = ActorName
    fields = ["text", "lang", "used_by", "key"]
    readonly_fields = ["key"]
    extra = 1


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name_en", "name_ar", "swatch", "parent", "valid_from", "valid_to", "renamed_to"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["code", "name_en", "name_ar", "names__text", "names__key"]
    inlines = [ActorNameInline]
    raw_id_fields = ["renamed_to"]

    @admin.display(description=_("colour"))
    def swatch(self, obj):
        return format_html(
            '<span style="display:inline-block;width:1.2em;height:1.2em;background:{};border:1px solid #555"></span> {}',
            obj.color,
            obj.color,
        )

    def save_formset(self, request, form, formset, change):
        """Names typed by editors keep their text; the key is derived by ActorName.clean()."""
        instances = formset.save(commit=False)
        for name in instances:
            name.full_clean()
            name.save()
        for obj in formset.deleted_objects:
            obj.delete()


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "perspective", "url"]
    list_filter = ["perspective"]
    search_fields = ["name", "url"]


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = ["title", "source", "published_at", "language"]
    list_filter = ["source__perspective", "language"]
    search_fields = ["title", "url", "source__name"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["source"]


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Claim.Status.choices

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() else queryset


class GovernorateFilter(admin.SimpleListFilter):
    title = _("governorate")
    parameter_name = "governorate"

    def lookups(self, request, model_admin):
        return [
            (a.pk, f"{a.name_ar} / {a.name_en}")
            for a in AdminArea.objects.filter(level=AdminArea.Level.GOVERNORATE).order_by("name_en")
        ]

    def queryset(self, request, queryset):
        return queryset.filter(place__admin1_id=self.value()) if self.value() else queryset


class PerspectiveFilter(admin.SimpleListFilter):
    title = _("source perspective")
    parameter_name = "perspective"

    def lookups(self, request, model_admin):
        return Perspective.choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(
            pk__in=Claim.reports.through.objects.filter(report__source__perspective=self.value()).values(
                "claim_id"
            )
        )


class DateRangeFilter(admin.FieldListFilter):
    """From / to date inputs on the claim's date range (any overlap)."""

    template = "admin/frontline/claim/date_range_filter.html"

    def __init__(self, field, request, params, model, model_admin, field_path):
        self.lookup_from = "date_from"
        self.lookup_to = "date_to"
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = _("date range")

    def expected_parameters(self):
        return [self.lookup_from, self.lookup_to]

    def _value(self, name):
        value = self.used_parameters.get(name)
        if isinstance(value, list):
            value = value[-1] if value else None
        return value or None

    def queryset(self, request, queryset):
        start, end = self._value(self.lookup_from), self._value(self.lookup_to)
        try:
            if start:
                queryset = queryset.filter(date_end__gte=start)
            if end:
                queryset = queryset.filter(date_start__lte=end)
        except ValidationError as error:
            raise admin.options.IncorrectLookupParameters(error) from error
        return queryset

    def choices(self, changelist):
        yield {
            "date_from": self._value(self.lookup_from) or "",
            "date_to": self._value(self.lookup_to) or "",
            "other_params": [
                (k, v)
                for k, values in changelist.get_filters_params().items()
                if k not in (self.lookup_from, self.lookup_to)
                for v in (values if isinstance(values, list) else [values])
            ],
        }


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimAdminForm
    list_display = [
        "id",
        "place_names",
        "actor",
        "change",
        "date_start",
        "date_end",
        "status",
        "confidence",
        "author",
        "reviewer",
        "created_at",
    ]
    list_display_links = ["id", "place_names"]
    list_filter = [
        StatusFilter,
        ("actor", admin.RelatedOnlyFieldListFilter),
        GovernorateFilter,
        ("date_start", DateRangeFilter),
        PerspectiveFilter,
        "change",
    ]
    list_select_related = ["place", "actor", "author", "reviewer"]
    search_fields = ["quote", "claimed_by"]
    search_help_text = _("A place in Arabic or Latin letters (any spelling), or words of the quote.")
    filter_horizontal = ["reports"]
    actions = ["submit_selected", "verify_selected", "reject_selected", "dispute_selected"]
    history_list_display = ["status", "version"]
    change_form_template = "admin/frontline/claim/change_form.html"
    change_list_template = "admin/frontline/claim/change_list.html"
    review_fields = [
        "status",
        "version",
        "author",
        "reviewer",
        "reviewed_at",
        "review_note",
        "retraction_reason",
        "created_at",
        "updated_at",
    ]

    fieldsets = [
        (None, {"fields": ["place", "place_map", "actor", "change"]}),
        (_("When"), {"fields": [("date_start", "date_end"), "date_precision", "location_precision"]}),
        (_("Evidence"), {"fields": ["reports", "quote", "claimed_by", "confidence", "expected_version"]}),
        (_("Review"), {"fields": review_fields}),
    ]

    @property
    def media(self):
        return super().media + PlacePreviewWidget().media

    # --- permissions: nobody deletes claims; they are rejected or retracted instead

    def has_delete_permission(self, request, obj=None):
        return False

    def has_review_permission(self, request):
        return request.user.has_perm("frontline.review_claim")

    def has_submit_permission(self, request):
        return request.user.has_perm("frontline.change_claim")

    # --- form

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type("ClaimAdminFormForUser", (form,), {"user": request.user})

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(title, opts) for title, opts in self.fieldsets if title != _("Review")]
        return self.fieldsets

    def get_readonly_fields(self, request, obj=None):
        fields = ["place_map", *self.review_fields]
        if obj is not None and obj.status not in services.EDITABLE:
            fields += [f for f in ClaimAdminForm.Meta.fields if f not in fields]
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "place":
            kwargs["widget"] = PlaceAutocomplete(db_field, self.admin_site)
            kwargs["queryset"] = Place.objects.all()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("place"), ordering="place__name_en")
    def place_names(self, obj):
        return str(obj.place)

    @admin.display(description=_("map"))
    def place_map(self, obj):
        if obj is None or obj.place_id is None:
            return "-"
        widget = PlacePreviewWidget(attrs={"geom_type": "POINT", "map_height": "220px", "modifiable": False})
        return mark_safe(widget.render("place_preview", obj.place.point))  # noqa: S308 - the widget escapes

    # --- saving always goes through the services

    def save_model(self, request, obj, form, change):
        data = {f: form.cleaned_data.get(f) for f in services.EDITABLE_FIELDS if f in form.cleaned_data}
        reports = list(form.cleaned_data.get("reports") or [])
        try:
            if change:
                saved = services.claim_update(
                    claim=obj,
                    user=request.user,
                    expected_version=form.cleaned_data.get("expected_version") or obj.version,
                    reports=reports,
                    **data,
                )
            else:
                saved = services.claim_create(author=request.user, reports=reports, **data)
        except services.ConflictError as error:
            # The form checked the version; only a race within the same second gets here.
            raise PermissionDenied(error.message) from error
        obj.pk = saved.pk
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        """The reports were set by the service."""

    # --- search by place in Arabic or Latin, through the gazetteer's name keys

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        by_text, _dup = super().get_search_results(request, queryset, search_term)
        by_place = queryset.filter(place_id__in=place_ids_matching(search_term))
        return (by_text | by_place), False

    # --- bulk review through the services, one message per claim that could not be changed

    def _bulk(self, request, queryset, action, done_message):
        done, failed = 0, []
        for claim in queryset.order_by("id"):
            try:
                if action == "submit":
                    services.claim_submit(claim=claim, user=request.user, expected_version=claim.version)
                else:
                    REVIEW_ACTIONS[action](claim, request.user, "")
                done += 1
            except services.ConflictError as error:
                failed.append(f"#{claim.pk}: {error.message}")
            except (ValidationError, PermissionDenied) as error:
                text = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                failed.append(f"#{claim.pk}: {text}")
        if done:
            self.message_user(request, done_message % {"n": done}, messages.SUCCESS)
        for text in failed:
            self.message_user(request, text, messages.ERROR)

    @admin.action(description=_("Submit the selected drafts for review"), permissions=["submit"])
    def submit_selected(self, request, queryset):
        self._bulk(request, queryset, "submit", _("%(n)d claims submitted for review."))

    @admin.action(description=_("Verify the selected claims"), permissions=["review"])
    def verify_selected(self, request, queryset):
        self._bulk(request, queryset, "verify", _("%(n)d claims verified."))

    @admin.action(description=_("Reject the selected claims"), permissions=["review"])
    def reject_selected(self, request, queryset):
        self._bulk(request, queryset, "reject", _("%(n)d claims rejected."))

    @admin.action(description=_("Dispute the selected claims"), permissions=["review"])
    def dispute_selected(self, request, queryset):
        self._bulk(request, queryset, "dispute", _("%(n)d claims disputed."))

    # --- extra pages: review queue, one-claim review (with the version seen), place autocomplete

    def get_urls(self):
        own = [
            path(
                "review-queue/",
                self.admin_site.admin_view(self.review_queue_view),
                name="frontline_claim_review_queue",
            ),
            path(
                "place-autocomplete/",
                self.admin_site.admin_view(self.place_autocomplete_view),
                name="frontline_claim_place_autocomplete",
            ),
            path(
                "<int:pk>/review/",
                self.admin_site.admin_view(self.review_view),
                name="frontline_claim_review",
            ),
        ]
        return own + super().get_urls()

    def review_queue_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        queue = list(selectors.review_queue(user=request.user)[:500])
        context = {
            **self.admin_site.each_context(request),
            "title": _("Review queue"),
            "opts": self.model._meta,
            "mine": [c for c in queue if c.author_id == request.user.pk],
            "others": [c for c in queue if c.author_id != request.user.pk],
            "drafts": list(selectors.drafts_of(user=request.user)[:200]),
            "can_review": self.has_review_permission(request),
        }
        return TemplateResponse(request, "admin/frontline/claim/review_queue.html", context)

    def review_view(self, request, pk):
        claim = get_object_or_404(Claim.objects.select_related("place", "actor", "author"), pk=pk)
        if not (self.has_review_permission(request) or request.user.has_perm("frontline.retract_claim")):
            raise PermissionDenied
        form = ReviewForm(request.POST or None, initial={"expected_version": claim.version})
        if request.method == "POST" and form.is_valid():
            action, note = form.cleaned_data["action"], form.cleaned_data["note"]
            kwargs = {
                "claim": claim,
                "reviewer": request.user,
                "expected_version": form.cleaned_data["expected_version"],
            }
            try:
                if action == "retract":
                    services.claim_retract(reason=note, **kwargs)
                else:
                    {
                        "verify": services.claim_verify,
                        "dispute": services.claim_dispute,
                        "reject": services.claim_reject,
                    }[action](note=note, **kwargs)
            except services.ConflictError as error:
                form.add_error(None, error.message)
            except PermissionDenied as error:
                form.add_error(None, str(error))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                claim.refresh_from_db()
                self.message_user(
                    request,
                    _("Claim #%(id)s is now %(status)s.")
                    % {"id": claim.pk, "status": claim.get_status_display()},
                )
                return HttpResponseRedirect(reverse("admin:frontline_claim_change", args=[claim.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Review claim #%(id)s") % {"id": claim.pk},
            "opts": self.model._meta,
            "original": claim,
            "form": form,
            "steps": selectors.place_history(claim.place),
        }
        return TemplateResponse(request, "admin/frontline/claim/review.html", context)

    def place_autocomplete_view(self, request):
        """select2's JSON: places matching the term, best first (the gazetteer's search when present)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        term = request.GET.get("term", "").strip()
        results = []
        if term:
            try:
                from gazetteer.selectors import search_places
            except ImportError:  # the gazetteer's search not installed: names by key prefix
                search_places = None
            if search_places is not None:
                for c in search_places(term, limit=20):
                    if isinstance(c.id, int):
                        label = " / ".join(x for x in (c.name_ar, c.name_en) if x)
                        where = ", ".join(x for x in (c.admin2, c.admin1) if x)
                        results.append({"id": str(c.id), "text": f"{label} ({where})" if where else label})
            else:
                places = Place.objects.filter(id__in=place_ids_matching(term)).order_by("-importance")[:20]
                results = [{"id": str(p.pk), "text": str(p)} for p in places]
        return JsonResponse({"results": results, "pagination": {"more": False}})
