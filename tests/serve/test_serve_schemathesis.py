"""Property-based requests against /openapi.json: no input makes the API fail with a 5xx.

The operations are walked by hand (schemathesis's pytest plugin does not load under this pytest).
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from newsgraph.serve import make_app
from newsgraph.settings import Settings
from newsgraph.store import Store

EXAMPLES = 20


def test_api_never_answers_5xx(demo_db):
    with Store(demo_db) as store:
        schema = schemathesis.openapi.from_asgi("/openapi.json", make_app(Settings(database_url=demo_db), store))
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 16
        calls: list[str] = []
        for operation in operations:

            @given(case=operation.as_strategy())
            @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
            def never_5xx(case):
                calls.append(case.path)
                response = case.call()
                case.validate_response(response, checks=[not_a_server_error])
                if response.status_code >= 400:
                    assert set(response.json()) == {"error"}, (case.path, response.text[:200])

            never_5xx()
    assert len(set(calls)) == len({op.path for op in operations})
