"""The article reader's routes: the editors' read page for a report, and the extraction API."""

from django.urls import path

from frontline import reader_api, reader_views

urlpatterns = [
    path("reader/reports/<int:pk>/", reader_views.report_read, name="reader-report"),
    path("api/reports/extract", reader_api.ReportExtractView.as_view(), name="reader-extract"),
]
