"""Pages around the programme's work, beside the home pages in cohorts/views.py: registers,
nominating, waiting-list offers, certificates (lookup, verification, download), unsubscribing from
nudges and staff comments on tool work (views, urls)."""
