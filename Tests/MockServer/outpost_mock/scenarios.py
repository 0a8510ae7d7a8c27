"""The ``Prefer`` header: status and example selection, and the test scenarios.

Grammar: ``key=value`` pairs separated by ``;`` or ``,`` (several ``Prefer`` headers are joined),
values optionally in double quotes. Keys:

- ``code=<status>``: answer with this declared status and its example.
- ``example=<name>``: answer with this named example of the chosen status.
- ``delay=<ms>``: wait this long (at most 10000 ms) before answering.
- ``scenario=rate-limit`` with ``times=<n>`` (default 1) and ``retry-after=<s>`` (default 1): the first
  ``n`` requests of the session to the operation get 429, ``Retry-After`` and
  ``{"error": "rate limit exceeded"}``; later ones the normal answer.
- ``scenario=server-error`` with ``times=<n>`` (default 1) and ``code=<5xx>`` (default 500): the first
  ``n`` requests get that status with Outpost's error body; later ones the normal answer.
- ``scenario=pages`` with ``pages=<n>`` (default 3) and ``page-size=<n>`` (default 2), for list
  operations: a collection of ``pages * page-size`` items served page by page through cursors.

Without ``scenario=pages``, a list answers its example, and a request that follows a ``next`` or ``prev``
cursor gets the example as the last page in that direction: its ``next`` or ``prev`` is null. A client
that walks every page therefore stops after the second one instead of following the example's cursor
forever.
- ``fault=<name>`` with ``times=<n>`` (default 1), and ``field``, ``size`` or ``code`` where the fault takes
  them: the first ``n`` requests get a broken answer (see ``faults``); later ones the normal answer.

The RFC 7240 preferences ``return``, ``respond-async``, ``wait`` and ``handling`` are ignored; any other
key is an error, so that a misspelt scenario does not pass unnoticed.
"""

from __future__ import annotations

import base64
import binascii
import copy
import re
from dataclasses import dataclass
from typing import Any

from .faults import DEFAULT_HTML_STATUS, DEFAULT_SIZE, MAX_SIZE, FaultRequest, check_fault_options
from .operations import PreferError

RATE_LIMIT = "rate-limit"
SERVER_ERROR = "server-error"
PAGES = "pages"
SCENARIOS = (RATE_LIMIT, SERVER_ERROR, PAGES)

RATE_LIMIT_BODY = {"error": "rate limit exceeded"}

# The X-RateLimit-Limit value sent with a 429.
RATE_LIMIT_CEILING = 60

_IGNORED_PREFERENCES = frozenset({"return", "respond-async", "wait", "handling"})
_SCENARIO_OPTIONS = {
    "times": (RATE_LIMIT, SERVER_ERROR),
    "retry-after": (RATE_LIMIT,),
    "pages": (PAGES,),
    "page-size": (PAGES,),
}
_BOUNDS = {
    "code": (100, 599),
    "times": (1, 1000),
    "retry-after": (0, 3600),
    "pages": (1, 100),
    "page-size": (1, 100),
    "delay": (0, 10_000),
    "size": (1, MAX_SIZE),
}
_TEXT_KEYS = ("example", "scenario", "fault", "field")
_CURSOR_PREFIX = "mock-offset:"


@dataclass(frozen=True)
class Preferences:
    """What a request's ``Prefer`` header asks of the mock."""

    code: int | None = None
    example: str | None = None
    scenario: str | None = None
    times: int = 1
    retry_after: int = 1
    pages: int = 3
    page_size: int = 2
    delay_ms: int = 0
    fault: FaultRequest | None = None

    @property
    def error_status(self) -> int:
        """The status of a server-error burst."""
        return self.code or 500


def parse_prefer(header_values: list[str]) -> Preferences:
    """Read the ``Prefer`` headers of a request.

    Raises:
        PreferError: A key is unknown or repeated, a value is out of range, or options do not fit the
            scenario.
    """
    pairs: dict[str, str] = {}
    for item in re.split(r"[;,]", ",".join(header_values)):
        item = item.strip()
        if not item:
            continue
        key, separator, value = item.partition("=")
        key = key.strip().lower()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        if key in _IGNORED_PREFERENCES:
            continue
        if not separator or not value:
            raise PreferError(f"Prefer item {item!r} is not key=value")
        if key in pairs:
            raise PreferError(f"Prefer gives {key} twice")
        pairs[key] = value

    numbers: dict[str, int] = {}
    for key, value in pairs.items():
        if key in _TEXT_KEYS:
            continue
        if key not in _BOUNDS:
            known = ", ".join([*_TEXT_KEYS, *_BOUNDS])
            raise PreferError(f"Prefer key {key!r} is unknown (known keys: {known})")
        low, high = _BOUNDS[key]
        if not value.isdigit() or not low <= int(value) <= high:
            raise PreferError(f"Prefer {key}={value} is not a whole number from {low} to {high}")
        numbers[key] = int(value)

    scenario = pairs.get("scenario")
    fault = pairs.get("fault")
    if scenario is not None and scenario not in SCENARIOS:
        raise PreferError(f"Prefer scenario={scenario} is unknown (scenarios: {', '.join(SCENARIOS)})")
    if scenario is not None and fault is not None:
        raise PreferError("Prefer takes a scenario or a fault, not both")
    check_fault_options(fault, pairs, numbers)
    for option, scenarios in _SCENARIO_OPTIONS.items():
        # A fault, like a burst, hits the first `times` requests.
        if option in numbers and scenario not in scenarios and not (option == "times" and fault is not None):
            raise PreferError(f"Prefer {option} needs scenario={' or scenario='.join(scenarios)}")
    if scenario == SERVER_ERROR and not 500 <= numbers.get("code", 500) <= 599:
        raise PreferError("Prefer scenario=server-error takes a 5xx code")
    if scenario == PAGES and "code" in numbers:
        raise PreferError("Prefer scenario=pages always answers 200; leave out code")

    return Preferences(
        code=numbers.get("code"),
        example=pairs.get("example"),
        scenario=scenario,
        times=numbers.get("times", 1),
        retry_after=numbers.get("retry-after", 1),
        pages=numbers.get("pages", 3),
        page_size=numbers.get("page-size", 2),
        delay_ms=numbers.get("delay", 0),
        fault=None
        if fault is None
        else FaultRequest(
            fault,
            field=pairs.get("field"),
            size=numbers.get("size", DEFAULT_SIZE),
            status=numbers.get("code", DEFAULT_HTML_STATUS),
        ),
    )


class ScenarioCounters:
    """How many requests each session sent to each operation under each scenario."""

    def __init__(self) -> None:
        self._served: dict[tuple[str, str, str], int] = {}

    def within_burst(self, session: str | None, operation_id: str, scenario: str, times: int) -> bool:
        """Count this request; True while it is one of the first ``times``."""
        key = (session or "", operation_id, scenario)
        served = self._served.get(key, 0)
        self._served[key] = served + 1
        return served < times

    def clear(self, session: str | None) -> None:
        """Forget the counts of ``session``, or of every session when it is None."""
        if session is None:
            self._served.clear()
        else:
            self._served = {key: count for key, count in self._served.items() if key[0] != session}


class CursorError(ValueError):
    """A ``next`` or ``prev`` cursor that the pages scenario did not hand out."""


def is_list_body(body: Any) -> bool:
    """Whether ``body`` is a page of a list: an object with ``models`` and ``pagination``."""
    return (
        isinstance(body, dict)
        and isinstance(body.get("models"), list)
        and bool(body["models"])
        and isinstance(body.get("pagination"), dict)
    )


def last_page(example: dict[str, Any], directions: list[str]) -> dict[str, Any]:
    """A copy of a list's example that ends the list in each of ``directions`` (``next``, ``prev``)."""
    page = copy.deepcopy(example)
    for direction in directions:
        page["pagination"][direction] = None
    return page


def build_page(seed: dict[str, Any], total: int, length: int, cursor: str | None) -> dict[str, Any]:
    """One page of a generated collection of ``total`` items, ``length`` to a page.

    The items are copies of the first model of ``seed`` with distinct ids (``<id>_<n>``, n from 1).
    ``cursor`` is the ``next`` or ``prev`` cursor the client sent, or None for the first page; each
    cursor names the offset of the page it leads to.

    Raises:
        CursorError: ``cursor`` was not handed out for this collection.
    """
    offset = 0 if cursor is None else decode_cursor(cursor, total)
    template = seed["models"][0]
    models = []
    for index in range(offset, min(offset + length, total)):
        item = copy.deepcopy(template)
        if isinstance(item, dict) and "id" in item:
            item["id"] = f"{item['id']}_{index + 1}"
        models.append(item)
    page = copy.deepcopy(seed)
    page["models"] = models
    page["pagination"] = {
        **page["pagination"],
        "limit": length,
        "next": encode_cursor(offset + length) if offset + length < total else None,
        "prev": encode_cursor(max(0, offset - length)) if offset > 0 else None,
    }
    if "count" in page:
        page["count"] = total
    return page


def encode_cursor(offset: int) -> str:
    """The opaque cursor of the page that starts at ``offset``."""
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str, total: int) -> int:
    """The offset named by ``cursor``.

    Raises:
        CursorError: The cursor is not one that ``encode_cursor`` makes for a collection of ``total``.
    """
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError) as error:
        raise CursorError(f"cursor {cursor!r} is not one the mock handed out") from error
    offset = text.removeprefix(_CURSOR_PREFIX)
    if not text.startswith(_CURSOR_PREFIX) or not offset.isdigit() or int(offset) >= total:
        raise CursorError(f"cursor {cursor!r} is not one the mock handed out")
    return int(offset)
