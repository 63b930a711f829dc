"""Test stand-in for the official Xident Python SDK (``pip install xident``, 3.1.x).

Written from the SDK's documented call surface for this project's tests: the
public names and signatures match, so a snippet written for the real SDK runs
unchanged, and a wrong keyword, a positional argument where the SDK takes
keywords only, or a wrong method name fails with TypeError/AttributeError.
Nothing is sent over the network: each API call appends one JSON line to the
file named by XIDENT_STANDIN_LOG describing the request the SDK would make
(method, path under {base_url}/verify/v1, query, body) and returns a fixed,
plausible result. AsyncXident is not provided.
"""

from ._client import SDK_VERSION, Xident
from ._types import SessionStatus
from .errors import (
    APIError,
    AuthenticationError,
    NetworkError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
    XidentError,
)
from .responses import (
    AgeCheck,
    AMLCheck,
    BlacklistEntry,
    BlacklistPage,
    Checks,
    DocumentCheck,
    EUWalletCheck,
    Face2FAChallenge,
    Face2FAEnrollment,
    Face2FAStatus,
    FaceMatchCheck,
    InitResult,
    LivenessCheck,
    Risk,
    SessionResult,
)

__version__ = SDK_VERSION

__all__ = [
    "Xident",
    "InitResult", "SessionResult", "Checks", "LivenessCheck", "AgeCheck", "DocumentCheck",
    "FaceMatchCheck", "EUWalletCheck", "AMLCheck", "Risk",
    "Face2FAChallenge", "Face2FAStatus", "Face2FAEnrollment", "BlacklistEntry", "BlacklistPage",
    "SessionStatus",
    "XidentError", "APIError", "AuthenticationError", "ValidationError", "NotFoundError",
    "RateLimitError", "ServerError", "NetworkError",
    "__version__",
]
