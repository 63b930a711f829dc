"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

client.blacklist -- GET/POST /blacklist..., DELETE /blacklist/{id}."""

from __future__ import annotations

from typing import Any

from .._record import record
from ..responses import BlacklistEntry, BlacklistPage


class Blacklist:
    def __init__(self, config: Any) -> None:
        self._config = config

    def list(self, *, page: int | None = None, per_page: int | None = None) -> BlacklistPage:
        """Keyword-only; an omitted page or per_page is not sent (server defaults 1 and 20)."""
        query = {k: v for k, v in (("page", page), ("per_page", per_page)) if v is not None}
        record(self._config, "GET", "/blacklist", query=query)
        entry = BlacklistEntry(id=1, reason="standin entry", source="image",
                               session_id=None, created_at="2026-08-13T10:00:00Z")
        return BlacklistPage(entries=[entry], page=page or 1, per_page=per_page or 20,
                             total=1, total_pages=1)

    def add_by_session(self, *, session_token: str, reason: str) -> str:
        """Returns the processing status string, as the SDK does."""
        record(self._config, "POST", "/blacklist/session",
               body={"session_token": session_token, "reason": reason})
        return "processing"

    def add_by_image(self, *, image: str, reason: str) -> str:
        record(self._config, "POST", "/blacklist/image", body={"image": image, "reason": reason})
        return "processing"

    def remove(self, entry_id: int) -> None:
        if entry_id <= 0:  # a non-int raises TypeError here, as in the SDK
            raise ValueError("Entry ID must be a positive integer")
        record(self._config, "DELETE", f"/blacklist/{entry_id}")
