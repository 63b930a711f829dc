"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

API resources: verification, blacklist, face_2fa, webhooks."""

from .blacklist import Blacklist
from .face_2fa import Face2FA
from .verification import Verification
from .webhooks import Webhooks

__all__ = ["Blacklist", "Face2FA", "Verification", "Webhooks"]
