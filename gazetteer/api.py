"""Public read-only gazetteer API: search (autocomplete, Arabic and Latin) and place detail."""

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_gis.serializers import GeoFeatureModelSerializer

from gazetteer.models import AdminArea, Place, PlaceName
from gazetteer.selectors import search_places_cached
from gazetteer.validation import InputError, clean_limit, clean_name, clean_near, clean_within


class BadRequest(Response):
    def __init__(self, message: str):
        super().__init__({"detail": message}, status=400)


def reject_unknown_params(request, allowed: set[str]):
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        return BadRequest(
            f"unknown parameter(s): {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
        )
    return None


class CandidateSerializer(serializers.Serializer):
    id = serializers.JSONField()
    name_ar = serializers.CharField()
    name_en = serializers.CharField()
    kind = serializers.CharField()
    lat = serializers.FloatField(allow_null=True)
    lon = serializers.FloatField(allow_null=True)
    admin1 = serializers.CharField(allow_null=True)
    admin2 = serializers.CharField(allow_null=True)
    score = serializers.FloatField()
    reason = serializers.CharField()


class PlaceSearchView(APIView):
    """GET /api/places/search?q=NAME[&near=LAT,LON][&within=NAME][&limit=N]"""

    permission_classes = [AllowAny]
    allowed = {"q", "near", "within", "limit"}

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "q", OpenApiTypes.STR, required=True, description="name in Arabic or Latin script"
            ),
            OpenApiParameter("near", OpenApiTypes.STR, description="LAT,LON"),
            OpenApiParameter("within", OpenApiTypes.STR, description="admin area, e.g. Idlib or ريف إدلب"),
            OpenApiParameter("limit", OpenApiTypes.INT, description="1-50, default 10"),
        ],
        responses=CandidateSerializer(many=True),
    )
    def get(self, request):
        if error := reject_unknown_params(request, self.allowed):
            return error
        params = request.query_params
        try:
            q = clean_name(params.get("q"), what="q")
            near = clean_near(params["near"]) if "near" in params else None
            within = clean_within(params["within"]) if "within" in params else None
            limit = clean_limit(params.get("limit", 10))
        except InputError as exc:
            return BadRequest(str(exc))
        return Response(search_places_cached(q, near=near, within=within, limit=limit))


class PlaceNameSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlaceName
        fields = ["text", "lang", "source", "preferred"]


class AdminAreaBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = AdminArea
        fields = ["pcode", "level", "name_ar", "name_en"]


class PlaceDetailSerializer(GeoFeatureModelSerializer):
    names = PlaceNameSerializer(many=True, read_only=True)
    admin_areas = serializers.SerializerMethodField()
    ids = serializers.SerializerMethodField()

    class Meta:
        model = Place
        geo_field = "point"
        fields = ["id", "uid", "name_ar", "name_en", "kind", "population", "confirmed", "sources", "ids",
                  "admin_areas", "names"]  # fmt: skip

    @extend_schema_field(AdminAreaBriefSerializer(many=True))
    def get_admin_areas(self, place):
        areas = [a for a in (place.admin1, place.admin2, place.admin3) if a is not None]
        return AdminAreaBriefSerializer(areas, many=True).data

    def get_ids(self, place) -> dict:
        ids = {"ocha": place.ocha_pcode, "geonames": place.geonames_id, "wof": place.wof_id,
               "wikidata": place.wikidata_id}  # fmt: skip
        ids = {k: v for k, v in ids.items() if v}
        ids.update(place.external_ids)
        return ids


class PlaceDetailView(APIView):
    """GET /api/places/<id>: one place with all its names, admin areas and its point as GeoJSON."""

    permission_classes = [AllowAny]

    @extend_schema(responses=PlaceDetailSerializer)
    def get(self, request, pk: int):
        if error := reject_unknown_params(request, set()):
            return error
        place = get_object_or_404(
            Place.objects.select_related("admin1", "admin2", "admin3", "merged_into").prefetch_related(
                "names"
            ),
            pk=pk,
        )
        data = PlaceDetailSerializer(place).data
        if place.merged_into_id:
            data["properties"]["merged_into"] = place.merged_into_id
        return Response(data)
