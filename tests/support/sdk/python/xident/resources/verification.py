"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

client.verification -- POST /init and GET /result/{token}."""

from __future__ import annotations

from typing import Any

from .._record import record, segment
from .._types import SessionStatus
from ..responses import AgeCheck, Checks, InitResult, LivenessCheck, SessionResult

STANDIN_TOKEN = "xit_standin000000001"


class Verification:
    def __init__(self, config: Any) -> None:
        self._config = config

    def init(
        self,
        *,
        callback_url: str,
        min_age: int | None = None,
        success_url: str | None = None,
        failed_url: str | None = None,
        user_id: str | None = None,
        theme: str | None = None,
        locale: str | None = None,
        metadata: str | None = None,
        purpose: str | None = None,
        verification_mode: str | None = None,
        liveness_difficulty: str | None = None,
    ) -> InitResult:
        """Keyword-only, as in the SDK; unset (None) fields are left out of the body."""
        body = {
            "callback_url": callback_url,
            "min_age": min_age,
            "success_url": success_url,
            "failed_url": failed_url,
            "user_id": user_id,
            "theme": theme,
            "locale": locale,
            "metadata": metadata,
            "purpose": purpose,
            "verification_mode": verification_mode,
            "liveness_difficulty": liveness_difficulty,
        }
        record(self._config, "POST", "/init", body=body)
        return InitResult(token=STANDIN_TOKEN,
                          verify_url=f"https://verify.xident.io/?token={STANDIN_TOKEN}")

    def get_result(self, token: str) -> SessionResult:
        if not token:
            raise ValueError("Token cannot be empty")
        record(self._config, "GET", f"/result/{segment(token)}")
        # A plausible passed session so status helpers and age_bracket() have values.
        return SessionResult(
            token=token,
            status=SessionStatus.SUCCESS,
            verified=True,
            verification_type="age_check",
            checks=Checks(liveness=LivenessCheck(True, True), age=AgeCheck(True, True, 18)),
            created_at="2026-08-13T10:00:00Z",
            completed_at="2026-08-13T10:02:00Z",
            expires_at="2026-08-13T10:15:00Z",
        )
