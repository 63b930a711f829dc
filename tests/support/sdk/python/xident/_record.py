"""Call recorder shared by every resource of the stand-in.

Instead of sending a request, each call appends one JSON line describing the
HTTP request the official SDK would have made to the file named by the
XIDENT_STANDIN_LOG environment variable (nothing is written when it is unset).
"""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote


def segment(value: Any) -> str:
    """Percent-encode one path segment the way the SDK does (quote, safe='')."""
    return quote(str(value), safe="")


def record(config: Any, method: str, path: str, *,
           query: dict[str, Any] | None = None,
           body: dict[str, Any] | None = None) -> None:
    """Append the request the SDK would send; path is relative to /verify/v1."""
    log_path = os.environ.get("XIDENT_STANDIN_LOG")
    if not log_path:
        return
    line = {
        "sdk": "python",
        "api_key": config.api_key,
        "base_url": config.base_url_arg,
        "headers": dict(config.headers or {}),
        "method": method,
        "path": path,
        "query": dict(query or {}),
        "body": None if body is None else {k: v for k, v in body.items() if v is not None},
    }
    with open(log_path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
