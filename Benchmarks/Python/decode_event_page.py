"""Times the official Outpost Python SDK turning a list-events response body into its models.

The SDK's `events.list` hands the response to `unmarshal_json_response(models.EventPaginatedResult, http_res)`,
which takes the body as text (`http_res.text`) and calls `utils.unmarshal_json`: pydantic_core's `from_json`, then
validation into the pydantic models. This script does the same on the bytes of a file: decode to text, then
`unmarshal_json`. For comparison it also times pydantic's own `EventPaginatedResult.model_validate_json` on the
bytes, which skips the SDK's wrapper model. It prints each timed run's seconds as one line: the SDK's way, then
pydantic's.

    python decode_event_page.py <page.json> [runs]
"""

import sys
import time

from outpost_sdk import models
from outpost_sdk.utils.serializers import unmarshal_json


def decode(body: bytes) -> models.EventPaginatedResult:
    """Decodes a response body the way the SDK's list call does."""
    return unmarshal_json(body.decode("utf-8"), models.EventPaginatedResult)


def main() -> None:
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with open(path, "rb") as page_file:
        body = page_file.read()

    page = decode(body)
    if len(page.models or []) != 1000 or any(event.time is None for event in page.models):
        sys.exit("the Python SDK did not read 1,000 events with their times")

    for _ in range(3):
        decode(body)
        models.EventPaginatedResult.model_validate_json(body)
    for _ in range(runs):
        start = time.perf_counter()
        decode(body)
        middle = time.perf_counter()
        models.EventPaginatedResult.model_validate_json(body)
        print(middle - start, time.perf_counter() - middle)


if __name__ == "__main__":
    main()
