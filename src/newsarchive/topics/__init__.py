"""Topics: the keywords articles are about."""
