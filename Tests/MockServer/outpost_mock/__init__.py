"""A validating mock of the Outpost API, served from openapi.yaml for contract tests."""
