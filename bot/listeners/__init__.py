"""Bolt listeners, one module per kind of thing users do; each has ``register(app, assistant)``."""
