import pytest

from councils.models import Council


@pytest.mark.django_db
def test_the_ten_councils_are_loaded_with_welsh_names():
    councils = dict(Council.objects.values_list("name", "name_cy"))
    assert len(councils) == 10
    assert councils["Cardiff"] == "Caerdydd"
    assert councils["Vale of Glamorgan"] == "Bro Morgannwg"
    assert councils["Bridgend"] == "Pen-y-bont ar Ogwr"
    assert councils["Monmouthshire"] == "Sir Fynwy"
    assert set(councils) == {
        "Blaenau Gwent",
        "Bridgend",
        "Caerphilly",
        "Cardiff",
        "Merthyr Tydfil",
        "Monmouthshire",
        "Newport",
        "Rhondda Cynon Taf",
        "Torfaen",
        "Vale of Glamorgan",
    }
