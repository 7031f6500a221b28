"""API tokens: creation and revocation (CLI), verification and rate limiting (HTTP)."""
