"""The Good data question builder's front page in a fixed number of queries, however many
questions (issue 24): the tool's activities, which it brings up to date on every visit, come
from the curriculum kept in memory (cohorts.learning.curriculum), not a query of their own."""

from django.urls import reverse

# The session, the person, their enrolment and its sessions, the questions (and, once there
# are some, their data items), what the tool's activities have done, the comments. Asked
# first, two more read the curriculum.
DATA_TOOL_PAGE_QUERIES = 8


def test_the_tool_page_reads_no_curriculum_once_kept_however_many_questions(
    signed_in_participant, enrolment, make_question, make_item, django_assert_num_queries
):
    url = reverse("data_tool", args=[enrolment.pk])
    make_item(make_question(enrolment, question="Question A?"))
    signed_in_participant.get(url)  # ticks the tool's activities the question completed
    with django_assert_num_queries(DATA_TOOL_PAGE_QUERIES):
        signed_in_participant.get(url)
    for n in range(3):
        make_item(make_question(enrolment, question=f"Question {n}?"))
    signed_in_participant.get(url)
    with django_assert_num_queries(DATA_TOOL_PAGE_QUERIES):
        response = signed_in_participant.get(url)
    assert response.status_code == 200 and "Question 2?" in response.content.decode()
