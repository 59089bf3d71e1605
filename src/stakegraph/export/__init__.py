"""Ways out of stakegraph: the JSON Lines records of `extract` and `conflicts`, and (later) the
formats of other tools."""
