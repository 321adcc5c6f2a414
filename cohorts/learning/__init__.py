"""The participant's work: activities ticked and answered, the frame lab tools share (tools),
outcome measures (outcomes, outcome_forms, outcome_views), previewing Lab content (content_admin)."""
