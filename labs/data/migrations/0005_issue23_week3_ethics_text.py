"""Week 3's "Builder step 4" told people to write the DPIA verdict themselves; the builder
works it out from ten yes/no questions. The new wording replaces the old only where the old is
still there word for word, so an edit programme staff made in the admin is kept."""

from django.db import migrations

TITLE = "Builder step 4: check the ethics"

OLD = """1. **Lawful basis**: write the lawful basis you expect to rely on (usually public task) and the law behind the function. If you use special category data, add the likely Article 9 condition. Mark it "to confirm with DPO" until your DPO agrees.
2. **DPIA screening**: go through the ICO list of high-risk processing. Write "DPIA required", "DPIA recommended" or "no DPIA needed", with the reason. For example: "Required: data matching of social care and council tax records, involving vulnerable adults.\""""


NEW = """1. **Lawful basis**: choose the lawful basis you expect to rely on (usually public task) and write the law behind the function. If your data list has special category data, add the likely Article 9 condition. Leave "My Data Protection Officer has confirmed the lawful basis" unticked until your DPO agrees.
2. **DPIA screening**: answer the ten yes/no screening questions, which follow the ICO's list of high-risk processing. You do not write the verdict yourself: the builder works it out from your answers and your data list (special category data, or personal data from two kinds of source, count too) and shows "DPIA required", "DPIA recommended" or "no DPIA needed" with its reasons. If it says a DPIA is required, tick the promise to complete one with your DPO before any personal data is used."""


def forwards(apps, schema_editor):
    Activity = apps.get_model("labs", "Activity")
    activities = Activity.objects.filter(module__lab__code="data", module__number=3, title=TITLE)
    for activity in activities:
        # The plain column and django-modeltranslation's English one (what pages show).
        changed = []
        for field in ("instructions", "instructions_en"):
            if OLD in (getattr(activity, field) or ""):
                setattr(activity, field, getattr(activity, field).replace(OLD, NEW))
                changed.append(field)
        if changed:
            activity.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [
        ("lab_data", "0004_issue20_statements"),
        ("labs", "0004_issue20_translations_statements"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
