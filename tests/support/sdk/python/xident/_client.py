"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

The client object: Xident(api_key, *, base_url=None, timeout=None,
max_retries=None, headers=None), with the resources as attributes."""

from __future__ import annotations

import functools
from typing import Any

from .resources import Blacklist, Face2FA, Verification, Webhooks

SDK_VERSION = "3.1.1"
DEFAULT_BASE_URL = "https://api.xident.io"
PINNED_API_VERSION = "2026-08-13"


class Config:
    """Read-only view of the client settings (``client.config``).

    The key is checked as the SDK checks it, before any request: empty, a
    public ``pk_`` key or any prefix other than sk_live_/sk_test_ is a ValueError.
    """

    def __init__(self, api_key: str, base_url: str | None, timeout: int | None,
                 max_retries: int | None, headers: dict[str, str] | None) -> None:
        if not api_key:
            raise ValueError("API key cannot be empty")
        if api_key.startswith("pk_"):
            raise ValueError("Public keys (pk_*) cannot be used with the server SDK. "
                             "Use your secret key (sk_live_* or sk_test_*).")
        if not api_key.startswith(("sk_live_", "sk_test_")):
            raise ValueError('Invalid API key format. Must start with "sk_live_" or "sk_test_".')
        self.api_key = api_key
        self.base_url_arg = base_url  # as passed; recorded in the log
        self.base_url = (base_url if base_url is not None else DEFAULT_BASE_URL).rstrip("/")
        self.timeout = max(1, timeout if timeout is not None else 30)
        self.max_retries = max(0, max_retries if max_retries is not None else 3)
        self.headers = headers
        self.api_version = PINNED_API_VERSION

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/verify/v1"


class Xident:
    """Synchronous client. Records requests instead of sending them."""

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str | None = None,
        timeout: int | None = None,
        max_retries: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self._config = Config(api_key, base_url, timeout, max_retries, headers)

    @functools.cached_property
    def verification(self) -> Verification:
        return Verification(self._config)

    @functools.cached_property
    def blacklist(self) -> Blacklist:
        return Blacklist(self._config)

    @functools.cached_property
    def face_2fa(self) -> Face2FA:
        return Face2FA(self._config)

    @functools.cached_property
    def webhooks(self) -> Webhooks:
        return Webhooks()

    @staticmethod
    def version() -> str:
        return SDK_VERSION

    @property
    def config(self) -> Config:
        return self._config

    def close(self) -> None:
        """Nothing to close; kept so ``with Xident(...)`` and close() work."""

    def __enter__(self) -> Xident:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
