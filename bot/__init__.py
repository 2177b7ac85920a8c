"""claimbot's Slack surface: a Slack Bolt async app on top of :class:`rag.engine.Engine`.

- :func:`bot.app.build_app` - the Bolt app (listeners, middleware, Web API client).
- :mod:`bot.server` - run it: HTTP mode (``POST /slack/events``, ``GET /healthz``) or Socket Mode.
- :mod:`bot.standin` - a local Slack stand-in (Web API, Events API, Socket Mode) for tests and demos.

Nothing here touches the store directly: every claim fact comes from the engine's answer API.
"""
