"""Builder step 2's four kinds of question were a list nested in a numbered item by three
spaces, which Python-Markdown does not nest (it needs four): participants saw "- **Descriptive**
…" run on as text. The same four lines moved to four spaces, in English and Welsh, as
labs/data/curriculum.py and curriculum_cy.py now have them; a text a member of staff has
changed so that it no longer holds those lines is left as it is."""

import re

from django.db import migrations

THREE_SPACE_ITEM = re.compile(r"(?m)^   - (?=\*\*)")


def indent(apps, schema_editor):
    Activity = apps.get_model("labs", "Activity")
    for activity in Activity.objects.filter(module__lab__code="data"):
        changed = []
        for field in ("instructions_en", "instructions_cy", "instructions"):
            text = getattr(activity, field, None)
            if text and THREE_SPACE_ITEM.search(text):
                setattr(activity, field, THREE_SPACE_ITEM.sub("    - ", text))
                changed.append(field)
        if changed:
            activity.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("lab_data", "0006_issue26_welsh_curriculum")]

    operations = [migrations.RunPython(indent, migrations.RunPython.noop)]
