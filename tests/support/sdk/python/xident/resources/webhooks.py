"""Part of the test stand-in for the Xident Python SDK (see xident/__init__.py).

client.webhooks -- local signature check and event parsing (no HTTP, not recorded).

Behaves as the SDK 3.1.x documents: header "t=<unix>,v1=<hex>", HMAC-SHA256 over
"<t>.<payload>", a past-only age check against tolerance (0 disables), the last
v1= in the header is the one compared, and failures raise ValueError.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any


def _text(payload: str | bytes) -> str:
    return payload.decode("utf-8") if isinstance(payload, bytes) else payload


class Webhooks:
    def construct_event(self, payload: str | bytes, signature: str, secret: str, *,
                        tolerance: int = 300) -> dict[str, Any]:
        self.verify_signature(payload, signature, secret, tolerance=tolerance)
        return self.parse_event(payload)

    def verify_signature(self, payload: str | bytes, signature: str, secret: str, *,
                         tolerance: int = 300) -> bool:
        if not signature:
            raise ValueError("Missing webhook signature")
        if not secret:
            raise ValueError("Missing webhook secret")
        parts = dict(p.split("=", 1) for p in signature.split(",") if "=" in p)
        if "t" not in parts or "v1" not in parts:
            raise ValueError("Invalid signature format -- expected t=TIMESTAMP,v1=HMAC")
        timestamp = int(parts["t"])
        if tolerance > 0 and int(time.time()) - timestamp > tolerance:
            raise ValueError("Webhook timestamp too old")
        expected = hmac.new(secret.encode("utf-8"), f"{timestamp}.{_text(payload)}".encode("utf-8"),
                            hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, parts["v1"]):
            raise ValueError("Webhook signature verification failed")
        return True

    @staticmethod
    def parse_event(payload: str | bytes) -> dict[str, Any]:
        try:
            decoded = json.loads(_text(payload))
        except ValueError as exc:
            raise ValueError("Invalid webhook payload -- not valid JSON") from exc
        if not isinstance(decoded, dict):
            raise ValueError("Invalid webhook payload -- not a JSON object")
        return {
            "type": str(decoded.get("type", decoded.get("event_type", ""))),
            "data": dict(decoded.get("data", decoded)),
            "id": decoded.get("id", decoded.get("event_id")),
            "created": int(decoded["created"]) if "created" in decoded else None,
        }
