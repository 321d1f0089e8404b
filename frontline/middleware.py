"""Language for API clients: English unless the client asks for another language."""

from django.conf import settings
from django.utils import translation


class ApiDefaultLanguageMiddleware:
    """The site speaks Arabic by default; API clients that send no Accept-Language (scripts, newsroom
    tools) get the English messages the API documents. Browsers and clients that ask keep their choice."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith("/api/")
            and "HTTP_ACCEPT_LANGUAGE" not in request.META
            and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
        ):
            translation.activate("en")
            request.LANGUAGE_CODE = "en"
        return self.get_response(request)
