"""newsgraph's spaCy components, one module each; importing this package registers their factories.

In pipeline order: names (repairs PERSON spans with the knowledge base), roles (office titles),
mentions (actor mentions), times (normalised time expressions), linking (knowledge-base links,
decided per name group), observations (indicator values), claims (who said what) and events
(PLOVER events). Components that need the knowledge base receive it in `initialize(kb=...)`;
their tunables are factory settings (`default_config`).
"""

from newsgraph.analysis import extensions  # noqa: F401 (Doc attributes)
from newsgraph.analysis.components import (  # noqa: F401 (factories)
    claims,
    events,
    linking,
    mentions,
    names,
    observations,
    roles,
    times,
)
