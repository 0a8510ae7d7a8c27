"""The log of the requests the mock received, read back per session by tests."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from itertools import count
from typing import Any

SESSION_HEADER = "x-mock-session"


@dataclass
class LoggedRequest:
    """One request as received, and what the mock made of it.

    Attributes:
        sequence: Order of arrival across all sessions, from 1.
        received_at: When it arrived, RFC 3339 in UTC.
        session: The ``X-Mock-Session`` header, or None without one.
        method: The HTTP method.
        path: The path as sent, still percent-encoded.
        query: The raw query string, without ``?``.
        query_items: The decoded query pairs in the order sent.
        headers: The headers by lower-case name; repeated headers joined with ``, ``.
        body: The body as text (invalid UTF-8 replaced), or None when empty.
        operation_id: The operation the path and method matched, or None.
        valid: True when the request matched the document, False when it was refused as invalid,
            None when it was not validated (a ``Prefer`` error).
        validation_message: Why it was refused, as the validator words it.
        status: The status answered; None while the answer is pending (a delay).
        mock_problem: Why the mock could not answer as asked: a `Prefer` it cannot honour, a cursor it
            did not hand out, or a canned answer that fails response validation.
        fault: What a ``Prefer: fault=...`` answer did, such as ``cut-body: Content-Length 241, 120 bytes
            sent, then the connection closed``; None for a normal answer.
    """

    sequence: int
    received_at: str
    session: str | None
    method: str
    path: str
    query: str
    query_items: list[tuple[str, str]]
    headers: dict[str, str]
    body: str | None
    operation_id: str | None = None
    valid: bool | None = None
    validation_message: str | None = None
    status: int | None = None
    mock_problem: str | None = None
    fault: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The entry as a JSON object; query pairs become two-element arrays."""
        entry = asdict(self)
        entry["query_items"] = [list(pair) for pair in self.query_items]
        return entry


class RequestLog:
    """The most recent requests, up to a fixed number, oldest dropped first."""

    def __init__(self, capacity: int = 5000) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=capacity)
        self._sequence = count(1)

    def record(
        self,
        method: str,
        path: str,
        query: str,
        query_items: list[tuple[str, str]],
        headers: Iterable[tuple[str, str]],
        body: bytes,
    ) -> LoggedRequest:
        """Append a new entry for a request that just arrived and return it for completion."""
        header_map: dict[str, str] = {}
        for name, value in headers:
            name = name.lower()
            header_map[name] = f"{header_map[name]}, {value}" if name in header_map else value
        entry = LoggedRequest(
            sequence=next(self._sequence),
            received_at=datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            session=header_map.get(SESSION_HEADER),
            method=method,
            path=path,
            query=query,
            query_items=query_items,
            headers=header_map,
            body=body.decode("utf-8", errors="replace") if body else None,
        )
        self._entries.append(entry)
        return entry

    def entries(self, session: str | None) -> list[dict[str, Any]]:
        """The entries of ``session`` in order of arrival, or all entries when it is None."""
        return [e.to_json() for e in self._entries if session is None or e.session == session]

    def clear(self, session: str | None) -> None:
        """Drop the entries of ``session``, or all entries when it is None."""
        if session is None:
            self._entries.clear()
        else:
            kept = [e for e in self._entries if e.session != session]
            self._entries.clear()
            self._entries.extend(kept)
