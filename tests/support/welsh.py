"""Welsh for msgids not yet merged into locale/cy (they wait in TRANSLATIONS.md), so that a
test can show a message goes through gettext and comes out in Welsh on a Welsh page."""

from django.utils.translation import trans_real


def welsh_for(monkeypatch, pairs: dict[str, str]) -> None:
    """The Welsh catalogue answers these msgids with these translations, for one test."""
    catalogue = trans_real.translation("cy")
    real = catalogue.gettext
    monkeypatch.setattr(catalogue, "gettext", lambda message: pairs.get(message) or real(message))
