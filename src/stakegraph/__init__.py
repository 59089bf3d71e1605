"""stakegraph: news articles in, an evidence-backed graph of stakes and ties out."""
__version__ = "0.1.0"
