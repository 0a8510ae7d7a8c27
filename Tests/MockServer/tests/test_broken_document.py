"""A document whose example breaks its own schema makes the mock answer 500, naming the failure."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import SPEC_PATH, MockClient, running_mock


def test_broken_example_is_answered_with_500_naming_the_failure(tmp_path: Path) -> None:
    with SPEC_PATH.open() as handle:
        document = yaml.safe_load(handle)
    media = document["paths"]["/tenants/{tenant_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"]["destinations_count"] = "three"
    broken = tmp_path / "openapi.yaml"
    broken.write_text(yaml.safe_dump(document, sort_keys=False))

    with running_mock(broken, tmp_path) as url:
        client = MockClient(url, "broken-example")
        reply = client.request("GET", "/tenants/tenant_acme")
        [entry] = client.log()

    assert reply.status == 500
    assert reply.json() == {
        "status": 500,
        "message": "The canned 200 answer of getTenant does not match the document: "
        "Response body validation error: destinations_count: 'three' is not of type 'integer'",
        "data": ["destinations_count: 'three' is not of type 'integer'"],
    }
    assert (entry["valid"], entry["status"]) == (True, 500)
    assert entry["mock_problem"] == reply.json()["message"]
