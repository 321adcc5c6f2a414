"""Getting people onto a cohort: CSV enrolment (csv_upload), waiting lists (waiting) and the
person's admin pages for leaving and moving on (people_admin)."""
