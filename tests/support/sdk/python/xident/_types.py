"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

Session status vocabulary (``from xident._types import SessionStatus``)."""

from __future__ import annotations

from enum import Enum


class SessionStatus(str, Enum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    SUCCESS = "success"
    FAILED = "failed"
    CANCELED = "canceled"
    CLAIMED = "claimed"
    COMPLETED = "success"  # legacy name of SUCCESS (an alias, as in the SDK)

    @classmethod
    def _missing_(cls, value: object) -> "SessionStatus | None":
        return cls.SUCCESS if value == "completed" else None

    @property
    def is_terminal(self) -> bool:
        return self in (SessionStatus.SUCCESS, SessionStatus.FAILED,
                        SessionStatus.CANCELED, SessionStatus.CLAIMED)
