"""When things happen: the six weekly sessions planned around Welsh bank holidays (schedule), a
cohort's status from its session dates (status), and every calendar file and feed (calendar)."""
