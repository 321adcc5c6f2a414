from django.db import migrations

COUNCILS = [
    ("Blaenau Gwent", "Blaenau Gwent", "blaenau-gwent"),
    ("Bridgend", "Pen-y-bont ar Ogwr", "bridgend"),
    ("Caerphilly", "Caerffili", "caerphilly"),
    ("Cardiff", "Caerdydd", "cardiff"),
    ("Merthyr Tydfil", "Merthyr Tudful", "merthyr-tydfil"),
    ("Monmouthshire", "Sir Fynwy", "monmouthshire"),
    ("Newport", "Casnewydd", "newport"),
    ("Rhondda Cynon Taf", "Rhondda Cynon Taf", "rhondda-cynon-taf"),
    ("Torfaen", "Tor-faen", "torfaen"),
    ("Vale of Glamorgan", "Bro Morgannwg", "vale-of-glamorgan"),
]


def load(apps, schema_editor):
    Council = apps.get_model("councils", "Council")
    for name, name_cy, slug in COUNCILS:
        Council.objects.update_or_create(slug=slug, defaults={"name": name, "name_cy": name_cy})


def unload(apps, schema_editor):
    apps.get_model("councils", "Council").objects.filter(
        slug__in=[slug for _, _, slug in COUNCILS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("councils", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
