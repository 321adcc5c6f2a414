"""Issue 23: week 3's "Builder step 4" matches the builder, which works the DPIA screening out
from ten yes/no questions; databases loaded with the old wording get the new one unless
programme staff have edited it."""

import importlib

from django.apps import apps as django_apps

from labs.data import rules
from labs.models import Activity

migration = importlib.import_module("labs.data.migrations.0005_issue23_week3_ethics_text")


def _step4():
    return Activity.objects.get(module__lab__code="data", module__number=3, title=migration.TITLE)


def test_the_material_asks_for_the_screening_answers_not_a_verdict_written_by_hand(db):
    text = _step4().instructions
    assert 'Write "DPIA required"' not in text
    assert "answer the ten yes/no screening questions" in text
    assert len(rules.SCREENING) == 10  # the number the text names
    assert "the builder works it out" in text


def test_old_wording_is_replaced_and_the_rest_kept(db):
    activity = _step4()
    activity.instructions = "Staff intro.\n\n" + migration.OLD + "\n3. **Fairness**: kept."
    activity.save()
    migration.forwards(django_apps, None)
    activity.refresh_from_db()
    assert activity.instructions == "Staff intro.\n\n" + migration.NEW + "\n3. **Fairness**: kept."


def test_wording_staff_have_edited_is_left_alone(db):
    activity = _step4()
    activity.instructions = "Our own words for this step."
    activity.save()
    migration.forwards(django_apps, None)
    activity.refresh_from_db()
    assert activity.instructions == "Our own words for this step."
