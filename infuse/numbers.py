"""Numbers in what people read are written one way: 1,000 (grouped by commas, in English and
Welsh alike)."""


def grouped(number: int) -> str:
    """5000 -> "5,000"."""
    return f"{number:,}"
