"""peacecond's spaCy components; importing this package registers their factories."""
from . import gazetteer  # noqa: F401
from . import dates  # noqa: F401
from . import quotes  # noqa: F401
from . import paragraphs  # noqa: F401
from ..conditions import component  # noqa: F401  (conditions stages: ../conditions/)
