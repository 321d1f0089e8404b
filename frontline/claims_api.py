"""Claims API: public read-only JSON of verified claims; authenticated writes through the services."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.response import Response
from rest_framework.views import APIView

from frontline import csv_io, services
from frontline.models import Actor, Claim, Report, Source
from gazetteer.models import Place

PUBLIC = (Claim.Status.VERIFIED,)


class Pagination(LimitOffsetPagination):
    default_limit = 100
    max_limit = 1000


def can_see_unreviewed(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("frontline.view_claim"))


# --- serializers ------------------------------------------------------------------------------


class ReportBriefSerializer(serializers.ModelSerializer):
    source = serializers.CharField(source="source.name")
    perspective = serializers.CharField(source="source.perspective")

    class Meta:
        model = Report
        fields = ["id", "title", "url", "source", "perspective", "published_at", "language"]


class PlaceBriefSerializer(serializers.ModelSerializer):
    lat = serializers.FloatField(source="point.y")
    lon = serializers.FloatField(source="point.x")

    class Meta:
        model = Place
        fields = ["id", "uid", "name_ar", "name_en", "kind", "lat", "lon"]


class ClaimSerializer(serializers.ModelSerializer):
    place = PlaceBriefSerializer()
    actor = serializers.CharField(source="actor.code")
    actor_name_en = serializers.CharField(source="actor.name_en")
    actor_name_ar = serializers.CharField(source="actor.name_ar")
    actor_color = serializers.CharField(source="actor.color")
    reports = ReportBriefSerializer(many=True)
    author = serializers.CharField(source="author.username")
    reviewer = serializers.CharField(source="reviewer.username", default=None)

    class Meta:
        model = Claim
        fields = [
            "id",
            "place",
            "actor",
            "actor_name_en",
            "actor_name_ar",
            "actor_color",
            "change",
            "date_start",
            "date_end",
            "date_precision",
            "location_precision",
            "status",
            "confidence",
            "quote",
            "claimed_by",
            "reports",
            "author",
            "reviewer",
            "reviewed_at",
            "review_note",
            "retraction_reason",
            "version",
            "created_at",
            "updated_at",
        ]


class ClaimWriteSerializer(serializers.Serializer):
    """What a client sends; the service does the validation that needs the database."""

    place = serializers.PrimaryKeyRelatedField(queryset=Place.objects.all(), required=False, allow_null=True)
    place_uid = serializers.SlugRelatedField(
        slug_field="uid", queryset=Place.objects.all(), required=False, source="place_by_uid"
    )
    actor = serializers.SlugRelatedField(slug_field="code", queryset=Actor.objects.all())
    change = serializers.ChoiceField(choices=Claim.Change.choices)
    date_start = serializers.DateField()
    date_end = serializers.DateField(required=False, allow_null=True)
    date_precision = serializers.ChoiceField(choices=Claim.DatePrecision.choices)
    location_precision = serializers.ChoiceField(choices=Claim.LocationPrecision.choices, default="place")
    reports = serializers.PrimaryKeyRelatedField(queryset=Report.objects.all(), many=True, allow_empty=True)
    quote = serializers.CharField(trim_whitespace=False)
    claimed_by = serializers.CharField()
    confidence = serializers.ChoiceField(choices=Claim.Confidence.choices, default="medium")
    status = serializers.ChoiceField(choices=[("draft", "draft"), ("pending", "pending")], default="draft")

    def validate(self, attrs):
        by_uid = attrs.pop("place_by_uid", None)
        if attrs.get("place") is None:
            attrs["place"] = by_uid
        return attrs


class ClaimUpdateSerializer(ClaimWriteSerializer):
    version = serializers.IntegerField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != "version":
                field.required = False
        self.fields.pop("status")


class ReviewSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    note = serializers.CharField(required=False, allow_blank=True, default="")
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class ActorSerializer(serializers.ModelSerializer):
    parent = serializers.CharField(source="parent.code", default=None)
    renamed_to = serializers.CharField(source="renamed_to.code", default=None)
    names = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = [
            "code",
            "name_ar",
            "name_en",
            "color",
            "parent",
            "valid_from",
            "valid_to",
            "renamed_to",
            "names",
        ]

    def get_names(self, actor) -> list[dict]:
        return [{"text": n.text, "lang": n.lang, "used_by": n.used_by} for n in actor.names.all()]


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "url", "perspective", "reliability_notes"]


class ReportSerializer(serializers.ModelSerializer):
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all())

    class Meta:
        model = Report
        fields = ["id", "source", "url", "title", "published_at", "language", "text"]


# --- views ------------------------------------------------------------------------------------


def claim_queryset():
    return Claim.objects.select_related("place", "actor", "author", "reviewer").prefetch_related(
        Prefetch("reports", queryset=Report.objects.select_related("source"))
    )


def filter_claims(queryset, params):
    if params.get("place"):
        queryset = queryset.filter(place_id=params["place"]) if params["place"].isdigit() else queryset.none()
    if params.get("place_uid"):
        queryset = queryset.filter(place__uid=params["place_uid"])
    if params.get("actor"):
        queryset = queryset.filter(actor__code=params["actor"])
    if params.get("change"):
        queryset = queryset.filter(change=params["change"])
    if params.get("date_from"):
        queryset = queryset.filter(date_end__gte=params["date_from"])
    if params.get("date_to"):
        queryset = queryset.filter(date_start__lte=params["date_to"])
    return queryset


def run(call):
    """Call a service; Django's errors become API errors (ValidationError is handled globally)."""
    try:
        return call()
    except services.ConflictError as error:
        return Response(
            {"detail": error.message, "version": error.claim.version if error.claim else None}, status=409
        )
    except DjangoPermissionDenied as error:
        raise PermissionDenied(str(error) or None) from error


class ClaimListView(generics.GenericAPIView):
    """GET: verified claims (editors may ask for ?status=...). POST: a new draft or pending claim."""

    permission_classes = [IsAuthenticatedOrReadOnly]
    pagination_class = Pagination
    serializer_class = ClaimSerializer

    def get_queryset(self):
        queryset = claim_queryset().order_by("-date_start", "id")
        wanted = self.request.query_params.get("status")
        if can_see_unreviewed(self.request.user):
            queryset = queryset.filter(status=wanted) if wanted else queryset
        else:
            queryset = queryset.filter(status__in=PUBLIC)
        return filter_claims(queryset, self.request.query_params)

    @extend_schema(operation_id="claims_list", responses={200: ClaimSerializer(many=True)})
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(ClaimSerializer(page, many=True).data)

    @extend_schema(request=ClaimWriteSerializer, responses={201: ClaimSerializer})
    def post(self, request):
        data = ClaimWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = run(lambda: services.claim_create(author=request.user, **data.validated_data))
        if isinstance(result, Response):
            return result
        return Response(
            ClaimSerializer(claim_queryset().get(pk=result.pk)).data, status=status.HTTP_201_CREATED
        )


class ClaimDetailView(generics.GenericAPIView):
    """GET one claim (verified ones for everybody); PATCH edits a draft, pending or disputed claim."""

    permission_classes = [IsAuthenticatedOrReadOnly]
    serializer_class = ClaimSerializer

    def get_object(self):
        claim = get_object_or_404(claim_queryset(), pk=self.kwargs["pk"])
        if claim.status not in PUBLIC and not can_see_unreviewed(self.request.user):
            raise NotFound
        return claim

    def get(self, request, pk):
        return Response(ClaimSerializer(self.get_object()).data)

    @extend_schema(request=ClaimUpdateSerializer, responses={200: ClaimSerializer})
    def patch(self, request, pk):
        claim = self.get_object()
        data = ClaimUpdateSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        version = fields.pop("version")
        reports = fields.pop("reports", None)
        result = run(
            lambda: services.claim_update(
                claim=claim, user=request.user, expected_version=version, reports=reports, **fields
            )
        )
        if isinstance(result, Response):
            return result
        return Response(ClaimSerializer(claim_queryset().get(pk=pk)).data)


class ClaimActionView(APIView):
    """POST {version, note} to submit, verify, dispute or reject; {version, reason} to retract."""

    permission_classes = [IsAuthenticated]
    action_name = ""

    @extend_schema(request=ReviewSerializer, responses={200: ClaimSerializer})
    def post(self, request, pk):
        claim = get_object_or_404(Claim, pk=pk)
        if not can_see_unreviewed(request.user):
            raise PermissionDenied
        data = ReviewSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version, note = data.validated_data["version"], data.validated_data["note"]
        user = request.user
        calls = {
            "submit": lambda: services.claim_submit(claim=claim, user=user, expected_version=version),
            "verify": lambda: services.claim_verify(
                claim=claim, reviewer=user, note=note, expected_version=version
            ),
            "dispute": lambda: services.claim_dispute(
                claim=claim, reviewer=user, note=note, expected_version=version
            ),
            "reject": lambda: services.claim_reject(
                claim=claim, reviewer=user, note=note, expected_version=version
            ),
            "retract": lambda: services.claim_retract(
                claim=claim,
                reviewer=user,
                reason=data.validated_data["reason"] or note,
                expected_version=version,
            ),
        }
        result = run(calls[self.action_name])
        if isinstance(result, Response):
            return result
        return Response(ClaimSerializer(claim_queryset().get(pk=pk)).data)


class ClaimExportView(APIView):
    """Verified claims as CSV or GeoJSON (?format is the file extension in the URL)."""

    permission_classes = []

    @extend_schema(
        responses={(200, "text/csv"): OpenApiTypes.STR, (200, "application/geo+json"): OpenApiTypes.OBJECT}
    )
    def get(self, request, fmt):
        if fmt not in ("csv", "geojson"):
            raise NotFound
        queryset = filter_claims(claim_queryset().filter(status__in=PUBLIC), request.query_params)
        if fmt == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="frontline-claims.csv"'
            csv_io.export_csv(queryset, response)
            return response
        response = HttpResponse(content_type="application/geo+json")
        response["Content-Disposition"] = 'attachment; filename="frontline-claims.geojson"'
        csv_io.export_geojson(queryset, response)
        return response


class ActorListView(generics.ListAPIView):
    permission_classes = []
    serializer_class = ActorSerializer
    queryset = Actor.objects.select_related("parent", "renamed_to").prefetch_related("names").order_by("code")


class SourceListView(generics.ListCreateAPIView):
    permission_classes = [IsAuthenticatedOrReadOnly]
    serializer_class = SourceSerializer
    queryset = Source.objects.order_by("name")

    def perform_create(self, serializer):
        if not self.request.user.has_perm("frontline.add_source"):
            raise PermissionDenied
        serializer.instance = run(lambda: services.source_create(**serializer.validated_data))


class ReportListView(generics.ListCreateAPIView):
    permission_classes = [IsAuthenticatedOrReadOnly]
    serializer_class = ReportSerializer
    pagination_class = Pagination
    queryset = Report.objects.select_related("source").order_by("-published_at", "id")

    def perform_create(self, serializer):
        if not self.request.user.has_perm("frontline.add_report"):
            raise PermissionDenied
        serializer.instance = run(lambda: services.report_create(**serializer.validated_data))
