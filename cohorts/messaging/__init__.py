"""What is sent to people: weekly nudges, certificates, messages staff send to a cohort (with
their admin pages) and outcome follow-ups. Queued from cohorts/tasks.py, whose task names stay."""
