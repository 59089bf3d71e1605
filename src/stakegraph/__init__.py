"""stakegraph: news articles in, an evidence-backed graph of stakes and ties out."""
__version__ = "0.1.0"

from .api import IngestReport, conflicts, extract, extract_paths, graph, ingest  # noqa: E402
from .model import Claim, Conflict, Document, Entity, Evidence  # noqa: E402
from .store import open_store  # noqa: E402

__all__ = ["Claim", "Conflict", "Document", "Entity", "Evidence", "IngestReport", "conflicts",
           "extract", "extract_paths", "graph", "ingest", "open_store", "__version__"]
