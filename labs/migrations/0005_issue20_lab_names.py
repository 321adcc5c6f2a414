from django.db import migrations

# Each Lab's name in both languages, so that `Lab.display_name` (now the name as edited in the
# admin) reads as before: the English as stored, the Welsh the label of the Lab's code.
WELSH = {
    "adaption": "Labordy Addasu",
    "data": "Labordy Data",
    "procurement": "Labordy Caffael",
}


def fill_names(apps, schema_editor):
    Lab = apps.get_model("labs", "Lab")
    for lab in Lab.objects.all():
        changed = []
        if not lab.name_en:
            lab.name_en = lab.name
            changed.append("name_en")
        if not lab.name_cy and lab.code in WELSH:
            lab.name_cy = WELSH[lab.code]
            changed.append("name_cy")
        if changed:
            lab.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("labs", "0004_issue20_translations_statements")]

    operations = [migrations.RunPython(fill_names, migrations.RunPython.noop)]
