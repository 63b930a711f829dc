"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

Exception hierarchy of the SDK (names and attributes only; nothing here is
raised by the stand-in except where the SDK itself would raise before sending)."""

from __future__ import annotations


class XidentError(Exception):
    """Base exception for all SDK errors."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIError(XidentError):
    """An error response from the API."""

    def __init__(self, message: str, *, status_code: int, error_code: str = "",
                 request_id: str | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_code = error_code
        self.request_id = request_id


class AuthenticationError(APIError):
    """401/403."""


class ValidationError(APIError):
    """400 and other 4xx."""


class NotFoundError(APIError):
    """404."""


class RateLimitError(APIError):
    """429; retry_after in seconds or None."""

    def __init__(self, message: str, *, status_code: int = 429, error_code: str = "",
                 request_id: str | None = None, retry_after: int | None = None) -> None:
        super().__init__(message, status_code=status_code, error_code=error_code,
                         request_id=request_id)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx."""


class NetworkError(XidentError):
    """DNS, timeout, TLS, connection refused."""
