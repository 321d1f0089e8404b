"""Editors' gazetteer admin: places on a map, search in Arabic or Latin, aliases, merging duplicates."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from leaflet.admin import LeafletGeoAdmin, LeafletGeoAdminMixin
from simple_history.admin import SimpleHistoryAdmin

from gazetteer import services
from gazetteer.models import AdminArea, DatasetLoad, GeocodeCache, Place, PlaceName
from gazetteer.normalize import name_key
from gazetteer.selectors import clear_caches
from gazetteer.transliterate import latin_key


def search_by_name(queryset, term: str, *, field_prefix: str = ""):
    """Filter places (or rows pointing at places) by any of their names, Arabic or Latin, any spelling."""
    key, lkey = name_key(term), latin_key(term)
    names = PlaceName.objects.none()
    q = Q()
    if key:
        q |= Q(key__startswith=key)
    if lkey and len(lkey) >= 3:
        q |= Q(latin_key=lkey)
    if q:
        names = PlaceName.objects.filter(q).values("place_id")
    return queryset.filter(**{f"{field_prefix}id__in": names})


class PlaceNameInline(admin.TabularInline):
    model = PlaceName
    fields = ["text", "lang", "source", "preferred", "key", "latin_key"]
    readonly_fields = ["key", "latin_key"]
    extra = 1


@admin.register(Place)
class PlaceAdmin(LeafletGeoAdminMixin, SimpleHistoryAdmin):
    list_display = ["uid", "name_ar", "name_en", "kind", "admin1", "confirmed", "merged_into"]
    list_filter = ["kind", "confirmed", "admin1", "country"]
    search_fields = ["uid", "name_ar", "name_en", "ocha_pcode"]
    readonly_fields = ["uid", "created_at", "updated_at", "merged_into", "importance"]
    inlines = [PlaceNameInline]
    actions = ["merge_into_most_important"]
    autocomplete_fields = []
    raw_id_fields = ["admin1", "admin2", "admin3"]

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        by_field, may_dup = super().get_search_results(request, queryset, search_term)
        return (by_field | search_by_name(queryset, search_term)).distinct(), True

    def save_formset(self, request, form, formset, change):
        """Names typed by editors keep their text; their keys are derived on save."""
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        for name in instances:
            name.key, name.latin_key = services.name_keys(name.text)
            if not name.source:
                name.source = "editor"
            name.save()
        formset.save_m2m()
        clear_caches()

    def save_model(self, request, obj, form, change):
        if not obj.uid:
            obj.uid = f"editor:{obj.point.y:.5f},{obj.point.x:.5f}"
        if not obj.sources:
            obj.sources = ["editor"]
        super().save_model(request, obj, form, change)
        for text, lang in ((obj.name_ar, "ar"), (obj.name_en, "en")):
            if text:
                services.place_add_name(place=obj, text=text, lang=lang, source="editor", preferred=True)
        services.places_assign_admin_areas()
        obj.refresh_from_db()

    @admin.action(description=_("Merge the selected places into the most important one"))
    def merge_into_most_important(self, request, queryset):
        places = sorted(
            queryset, key=lambda p: (p.merged_into_id is not None, not p.ocha_pcode, -p.importance, p.pk)
        )
        if len(places) < 2:
            self.message_user(request, _("Select at least two places to merge."), messages.WARNING)
            return
        survivor = places[0]
        try:
            for loser in places[1:]:
                services.place_merge(survivor=survivor, loser=loser)
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)
            return
        clear_caches()
        self.message_user(
            request, _("Merged %(n)d places into %(place)s.") % {"n": len(places) - 1, "place": survivor}
        )


@admin.register(AdminArea)
class AdminAreaAdmin(LeafletGeoAdmin):
    list_display = ["pcode", "level", "name_ar", "name_en", "parent"]
    list_filter = ["level"]
    search_fields = ["pcode", "name_ar", "name_en"]
    raw_id_fields = ["parent"]


@admin.register(PlaceName)
class PlaceNameAdmin(SimpleHistoryAdmin):
    list_display = ["text", "lang", "place", "source", "preferred"]
    list_filter = ["lang", "source", "preferred"]
    search_fields = ["text", "key", "latin_key"]
    raw_id_fields = ["place"]
    readonly_fields = ["key", "latin_key"]

    def save_model(self, request, obj, form, change):
        obj.key, obj.latin_key = services.name_keys(obj.text)
        super().save_model(request, obj, form, change)
        clear_caches()


@admin.register(GeocodeCache)
class GeocodeCacheAdmin(admin.ModelAdmin):
    list_display = ["query", "provider", "found", "place", "fetched_at"]
    list_filter = ["provider", "found"]
    search_fields = ["query"]
    readonly_fields = ["provider", "query", "found", "response", "place", "fetched_at"]


@admin.register(DatasetLoad)
class DatasetLoadAdmin(admin.ModelAdmin):
    list_display = ["name", "sha256", "loaded_at"]
    readonly_fields = ["name", "sha256", "loaded_at", "counts"]
