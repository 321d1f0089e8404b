"""Claims API routes: api/claims/..., api/actors, api/sources, api/reports."""

from django.urls import path

from frontline import claims_api

urlpatterns = [
    path("api/claims/", claims_api.ClaimListView.as_view(), name="api-claims"),
    path("api/claims/export.<str:fmt>", claims_api.ClaimExportView.as_view(), name="api-claims-export"),
    path("api/claims/<int:pk>/", claims_api.ClaimDetailView.as_view(), name="api-claim"),
    *[
        path(
            f"api/claims/<int:pk>/{action}/",
            claims_api.ClaimActionView.as_view(action_name=action),
            name=f"api-claim-{action}",
        )
        for action in ("submit", "verify", "dispute", "reject", "retract")
    ],
    path("api/actors", claims_api.ActorListView.as_view(), name="api-actors"),
    path("api/sources", claims_api.SourceListView.as_view(), name="api-sources"),
    path("api/reports", claims_api.ReportListView.as_view(), name="api-reports"),
]
