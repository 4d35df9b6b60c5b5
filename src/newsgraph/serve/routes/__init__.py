"""Thin routers: each endpoint checks its parameters and calls one view or query."""
