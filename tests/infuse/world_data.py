"""The Data Lab tool's objects for the tenancy walk: a question with two data items (one for
the walk to delete)."""

from labs.data.models import DataItem, DataQuestion


def make(enrolment) -> dict:
    if enrolment.cohort.lab.code != "data":
        return {}
    question = DataQuestion.objects.create(
        enrolment=enrolment,
        question="Which wards with many older people living alone had no warm space in 2024-25?",
        decision="Where to open two new warm spaces next winter",
    )
    item = DataItem.objects.create(
        question=question,
        description="Warm spaces by ward",
        value_type="numbers",
        source="own_service",
        personal="none",
    )
    to_delete = DataItem.objects.create(
        question=question,
        description="Older people living alone by ward",
        value_type="numbers",
        source="open_data",
        personal="none",
    )
    return {"data_question": question, "data_item": item, "data_item_to_delete": to_delete}
