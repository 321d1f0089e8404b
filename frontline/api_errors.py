"""API errors as JSON: every client error is a 4xx with a `detail` message, never an HTML page."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler


def json_exception_handler(exc, context):
    """DRF's handler, plus Django validation errors turned into HTTP 400."""
    if isinstance(exc, DjangoValidationError):
        messages = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
        if "detail" not in messages:
            messages = {
                "detail": "; ".join(m for msgs in messages.values() for m in msgs),
                "errors": messages,
            }
        elif isinstance(messages["detail"], list):
            messages = {"detail": "; ".join(messages["detail"])}
        return Response(messages, status=status.HTTP_400_BAD_REQUEST)
    return exception_handler(exc, context)
