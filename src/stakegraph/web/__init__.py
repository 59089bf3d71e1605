"""The web interface: a JSON API and an interactive graph page (`stakegraph serve`)."""
from stakegraph.web.app import create_app

__all__ = ["create_app"]
