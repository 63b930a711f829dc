"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

Result value objects, with the attribute and helper names of the SDK 3.1.x.

Frozen dataclasses, so assigning to a result fails as it does with the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ._types import SessionStatus


@dataclass(frozen=True)
class InitResult:
    token: str
    verify_url: str


@dataclass(frozen=True)
class LivenessCheck:
    performed: bool = False
    passed: bool = False


@dataclass(frozen=True)
class AgeCheck:
    performed: bool = False
    passed: bool = False
    gate: int | None = None


@dataclass(frozen=True)
class DocumentCheck:
    performed: bool = False
    passed: bool = False
    document_type: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class FaceMatchCheck:
    performed: bool = False
    passed: bool = False


@dataclass(frozen=True)
class EUWalletCheck:
    performed: bool = False
    passed: bool = False


@dataclass(frozen=True)
class AMLCheck:
    performed: bool = False
    passed: bool = False


@dataclass(frozen=True)
class Risk:
    band: str = ""


@dataclass(frozen=True)
class Checks:
    liveness: LivenessCheck = field(default_factory=LivenessCheck)
    age: AgeCheck = field(default_factory=AgeCheck)
    document: DocumentCheck = field(default_factory=DocumentCheck)
    face_match: FaceMatchCheck = field(default_factory=FaceMatchCheck)
    eu_wallet: EUWalletCheck = field(default_factory=EUWalletCheck)
    aml: AMLCheck = field(default_factory=AMLCheck)


@dataclass(frozen=True)
class SessionResult:
    """The v1 result contract as the SDK 3.1.x exposes it.

    The v1.0-era attributes of the seed reference (min_age, country_code,
    required_methods, remaining_attempts, started_at, *_result) are not part
    of SDK 3.1.x and are deliberately absent here.
    """

    token: str
    status: SessionStatus
    verified: bool = False
    reason: str = ""
    verification_type: str | None = None
    ip_country: str | None = None
    external_user_id: str | None = None
    checks: Checks = field(default_factory=Checks)
    risk: Risk | None = None
    created_at: str = ""
    completed_at: str | None = None
    expires_at: str | None = None

    @property
    def id(self) -> str:
        """Deprecated alias of token."""
        return self.token

    def is_verified(self) -> bool:
        return self.status == SessionStatus.SUCCESS

    def is_completed(self) -> bool:
        return self.is_verified()

    def is_failed(self) -> bool:
        return self.status == SessionStatus.FAILED

    def is_pending(self) -> bool:
        return self.status in (SessionStatus.PENDING, SessionStatus.IN_PROGRESS)

    def is_terminal(self) -> bool:
        return self.status.is_terminal

    def age_bracket(self) -> int | None:
        return self.checks.age.gate if self.checks.age.passed else None

    def method(self) -> str | None:
        return self.verification_type


@dataclass(frozen=True)
class BlacklistEntry:
    id: int
    reason: str
    source: str
    session_id: int | None = None
    created_at: str = ""


@dataclass(frozen=True)
class BlacklistPage:
    entries: list[BlacklistEntry] = field(default_factory=list)
    page: int = 1
    per_page: int = 20
    total: int = 0
    total_pages: int = 0

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[BlacklistEntry]:
        return iter(self.entries)

    @property
    def has_more(self) -> bool:
        return self.page < self.total_pages


@dataclass(frozen=True)
class Face2FAChallenge:
    challenge_id: str
    status: str


@dataclass(frozen=True)
class Face2FAStatus:
    challenge_id: str
    kind: str
    status: str
    passed: bool | None = None
    failure_reason: str | None = None
    expires_at: str = ""
    completed_at: str | None = None

    def is_processing(self) -> bool:
        return self.status == "processing"

    def is_passed(self) -> bool:
        return self.passed is True


@dataclass(frozen=True)
class Face2FAEnrollment:
    enrolled: bool
    enrolled_at: str | None = None
