"""The pure analysis pipeline: bytes or text in, dataclasses out. No network, no database.

`analyze.analyze()` is the one entry point; the stages are small modules it calls in order.
"""
