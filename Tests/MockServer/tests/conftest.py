"""Fixtures: a running mock server and a loopback HTTP client with its own session per test.

When ``OUTPOST_MOCK_URL`` is set (as Scripts/test.sh does) the tests use that server; otherwise they
start one of their own on a free port and stop it afterwards.
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
import yaml

MOCK_DIR = Path(__file__).resolve().parents[1]
SPEC_PATH = MOCK_DIR.parents[1] / "openapi.yaml"
TOKEN = "test-admin-key"

sys.path.insert(0, str(MOCK_DIR))


@dataclass
class Reply:
    """An answer of the mock."""

    status: int
    headers: dict[str, str]
    body: bytes
    elapsed: float

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


class MockClient:
    """Sends requests to the mock over loopback, all tagged with one ``X-Mock-Session``."""

    def __init__(self, base_url: str, session: str) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.base_path = parts.path.rstrip("/")
        self.session = session

    def request(
        self,
        method: str,
        path: str,
        *,
        query: str | list[tuple[str, str]] = "",
        body: Any = None,
        token: str | None = TOKEN,
        prefer: str | None = None,
        headers: dict[str, str] | None = None,
        base_path: str | None = None,
    ) -> Reply:
        """Send one request; ``path`` is relative to the base path, ``body`` JSON unless bytes."""
        sent_headers = {"X-Mock-Session": self.session}
        if token is not None:
            sent_headers["Authorization"] = f"Bearer {token}"
        if prefer is not None:
            sent_headers["Prefer"] = prefer
        payload = None
        if body is not None:
            payload = body if isinstance(body, bytes) else json.dumps(body).encode()
            sent_headers["Content-Type"] = "application/json"
        sent_headers.update(headers or {})
        query_string = query if isinstance(query, str) else urlencode(query)
        target = (self.base_path if base_path is None else base_path) + path
        if query_string:
            target += "?" + query_string
        return self._send(method, target, payload, sent_headers)

    def log(self) -> list[dict[str, Any]]:
        """This session's entries of the request log."""
        reply = self._send("GET", f"/__mock/requests?session={self.session}", None, {})
        assert reply.status == 200
        return reply.json()

    def clear_log(self) -> None:
        """Clear this session's log and scenario counters."""
        assert self._send("DELETE", f"/__mock/requests?session={self.session}", None, {}).status == 204

    def control(self, method: str, target: str) -> Reply:
        """A request to a control endpoint (``/__mock/...``)."""
        return self._send(method, target, None, {})

    def _send(self, method: str, target: str, payload: bytes | None, headers: dict[str, str]) -> Reply:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=15)
        started = time.monotonic()
        try:
            connection.request(method, target, body=payload, headers=headers)
            answer = connection.getresponse()
            body = answer.read()
            return Reply(
                answer.status,
                {name.lower(): value for name, value in answer.getheaders()},
                body,
                time.monotonic() - started,
            )
        finally:
            connection.close()


@pytest.fixture(scope="session")
def document() -> dict[str, Any]:
    """openapi.yaml as parsed, without any rewriting."""
    with SPEC_PATH.open() as handle:
        return yaml.safe_load(handle)


@contextmanager
def running_mock(spec_path: Path, state_dir: Path) -> Iterator[str]:
    """Run a mock server of ``spec_path`` on a free port and yield its base URL; stop it on exit."""
    url_file = state_dir / "url"
    server = subprocess.Popen(
        [sys.executable, "-m", "outpost_mock", "--spec", str(spec_path), "--url-file", str(url_file)],
        cwd=MOCK_DIR,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while not url_file.exists():
            assert server.poll() is None, "the mock server stopped during start-up"
            assert time.monotonic() < deadline, "the mock server did not start within 60 seconds"
            time.sleep(0.1)
        url = url_file.read_text().strip()
        probe = MockClient(url, "start-up")
        while True:
            try:
                if probe.control("GET", "/__mock/health").status == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the mock server did not answer within 60 seconds"
            time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def mock_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a running mock (``http://127.0.0.1:PORT/api/v1``)."""
    given = os.environ.get("OUTPOST_MOCK_URL")
    if given:
        yield given.rstrip("/")
        return
    with running_mock(SPEC_PATH, tmp_path_factory.mktemp("mock")) as url:
        yield url


@pytest.fixture
def client(mock_url: str, request: pytest.FixtureRequest) -> MockClient:
    """A client whose session is unique to the test, so parallel tests never share logs or counters."""
    return MockClient(mock_url, f"{request.node.name}-{uuid.uuid4().hex[:8]}")
