"""How each URL of this lab's tool is reached (merged into infuse/access.py)."""

ACCESS = {}
