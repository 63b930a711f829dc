"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

client.face_2fa -- /2fa/register, /2fa/verify, /2fa/status/{id}, /2fa/users/{id}."""

from __future__ import annotations

from typing import Any

from .._record import record, segment
from ..responses import Face2FAChallenge, Face2FAEnrollment, Face2FAStatus

STANDIN_CHALLENGE = "chl_standin"


class Face2FA:
    def __init__(self, config: Any) -> None:
        self._config = config

    def register(self, *, user_id: str, image: str) -> Face2FAChallenge:
        record(self._config, "POST", "/2fa/register", body={"user_id": user_id, "image": image})
        return Face2FAChallenge(challenge_id=STANDIN_CHALLENGE, status="processing")

    def verify(self, *, user_id: str, image: str) -> Face2FAChallenge:
        record(self._config, "POST", "/2fa/verify", body={"user_id": user_id, "image": image})
        return Face2FAChallenge(challenge_id=STANDIN_CHALLENGE, status="processing")

    def get_status(self, challenge_id: str) -> Face2FAStatus:
        if not challenge_id:
            raise ValueError("Challenge ID cannot be empty")
        record(self._config, "GET", f"/2fa/status/{segment(challenge_id)}")
        return Face2FAStatus(challenge_id=challenge_id, kind="verify", status="processing",
                             expires_at="2026-08-13T10:05:00Z")

    def get_user(self, user_id: str) -> Face2FAEnrollment:
        if not user_id:
            raise ValueError("User ID cannot be empty")
        record(self._config, "GET", f"/2fa/users/{segment(user_id)}")
        return Face2FAEnrollment(enrolled=False, enrolled_at=None)

    def delete_user(self, user_id: str) -> bool:
        if not user_id:
            raise ValueError("User ID cannot be empty")
        record(self._config, "DELETE", f"/2fa/users/{segment(user_id)}")
        return True
