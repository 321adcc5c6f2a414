"""Names vulture cannot see being used, for `make lint` (vulture's settings are in pyproject.toml).

Vulture reads Python only. Everything here is reached from outside it, and was checked to be so
when listed: model fields and choices (read by the ORM, forms, the admin, migrations and
templates), properties and methods that templates read (`{{ row.level_label }}`), Django's and
allauth's hooks called by name (adapters, checks, middleware and context processors named in
settings, admin autocomplete views), Celery signal handlers, settings-like module constants
(`infuse/formats`) and the Welsh curriculum loader, for the Labs' data migrations
(`labs.curriculum.load_curriculum_cy`). Names Django calls by convention everywhere (`Meta`,
`clean_*`, `has_*_permission`, ...) are in pyproject.toml's `ignore_names` instead.

Add a name here only when it is used where vulture cannot look; code nothing uses is deleted.
Made with `vulture --make-whitelist`, grouped by module.
"""

# ruff: noqa: B018, F821

# councils/admin_site.py, infuse/apps.py (INSTALLED_APPS names the AdminConfig, which names the
# site by its dotted path)
_.InfuseAdminSite  # class
_.default_site  # attribute

# cohorts/admin.py
_.get_url  # method
_.serialize_result  # method
_._get_declared_fieldsets  # method
_.changed_objects  # attribute
_.deleted_objects  # attribute
_.new_objects  # attribute
_.get_changelist  # method (Django's admin asks it for the list's class)

# cohorts/admin_shared.py (Django's admin list calls these for each row)
_.url_for_result  # method
_.action_checkbox  # method

# cohorts/enrolment/csv_upload.py
council_text  # variable
_.warned  # property
_.rows_in_order  # property
_.new_people  # property

# cohorts/enrolment/waiting.py
_.offer_emailed_at  # attribute
_.offered_at  # attribute
_.closed_at  # attribute

# cohorts/forms.py
confirm_schedule  # variable
schedule_digest  # variable
shown_at  # variable
_.help_text  # attribute

# cohorts/learning/content_admin.py
js  # variable

# cohorts/learning/outcome_forms.py
_.statement_fields  # property

# cohorts/learning/tools.py
_.step_title  # attribute

# cohorts/messaging/certificates.py
_.pdf_built_at  # attribute
_.revoked_reason  # attribute

# cohorts/messaging/cohort_messages.py
_.reply_to  # attribute

# cohorts/messaging/message_admin.py
create_token  # variable

# cohorts/models.py
WEDNESDAY  # variable
THURSDAY  # variable
FRIDAY  # variable
unusual_day_confirmed_by  # variable
withdrawn_reason  # variable
last_activity_at  # variable
recorded_by  # variable
recorded_at  # variable
claimed_at  # variable
attempts  # variable
pdf_built_at  # variable
revoked_reason  # variable
approved_by  # variable
approved_at  # variable
finished_at  # variable
STARTED  # variable
LEARNING_HOURS  # variable
submitted_by  # variable
submitted_at  # variable
PLANNED  # variable
NO  # variable
reminder_claim  # variable
reminded_at  # variable
offered_at  # variable
offer_emailed_at  # variable
closed_at  # variable

# cohorts/reports/build.py
_.by_quarter  # property
_.by_theme  # property
_.theme_measures  # property

# cohorts/reports/figures.py
_.theme_cells  # property

# cohorts/reports/filters.py
_.period_groups  # property

# cohorts/selectors.py
next_session  # variable
_.first_week  # property
_.catch_up  # property

# cohorts/services.py
_.unusual_day_confirmed_by  # attribute
_.last_activity_at  # attribute
_.withdrawn_reason  # attribute

# cohorts/views.py
_.tool_status  # attribute

# councils/adapters.py
AccountAdapter  # class
_.is_open_for_signup  # method
MFAAdapter  # class
_.get_totp_issuer  # method
_.build_totp_svg  # method
_.can_delete_authenticator  # method

# councils/backends.py
RoleBackend  # class

# councils/checks.py
site_url_is_https  # function

# councils/context_processors.py
portal  # function

# councils/forms.py
MFAAuthenticateForm  # class
MFAReauthenticateForm  # class

# councils/models.py
date_joined  # variable
email_bounce_reason  # variable

# councils/services.py
_.email_bounce_reason  # attribute

# equality/models.py
FEMALE  # variable
MALE  # variable
YES  # variable
UNDER_25  # variable
FROM_25  # variable
FROM_35  # variable
FROM_45  # variable
FROM_55  # variable
FROM_65  # variable
ASIAN  # variable
BLACK  # variable
MIXED  # variable
WHITE  # variable
OTHER  # variable
FLUENT  # variable
FAIR  # variable
LITTLE  # variable
NONE  # variable
LEVEL_1_2  # variable
LEVEL_3  # variable
LEVEL_4_5  # variable
LEVEL_6  # variable
LEVEL_7_8  # variable
FRONT_LINE  # variable
TEAM_LEADER  # variable
MANAGER  # variable
HEAD  # variable
DIRECTOR  # variable
sex  # variable
gender_same  # variable
age_band  # variable
disability  # variable
ethnic_group  # variable
welsh_ability  # variable
qualification  # variable
job_level  # variable

# infuse/access.py
_.data_for  # method
STAFF_ONLY_HIDDEN  # variable
routes  # function
classify  # function

# infuse/asgi.py
application  # variable

# infuse/cache.py
_.touch  # method
_.get_many  # method
_.has_key  # method
_.set_many  # method
_.delete_many  # method

# infuse/celery.py
_shortened_schedule  # function
requires  # variable
terminate  # variable

# infuse/errors.py
bad_request  # function
permission_denied  # function
page_not_found  # function

# infuse/formats/en/formats.py
DATE_FORMAT  # variable
TIME_FORMAT  # variable
DATETIME_FORMAT  # variable
YEAR_MONTH_FORMAT  # variable
MONTH_DAY_FORMAT  # variable
SHORT_DATE_FORMAT  # variable
SHORT_DATETIME_FORMAT  # variable
FIRST_DAY_OF_WEEK  # variable
DATE_INPUT_FORMATS  # variable
DATETIME_INPUT_FORMATS  # variable
DECIMAL_SEPARATOR  # variable
THOUSAND_SEPARATOR  # variable
NUMBER_GROUPING  # variable

# infuse/sentry.py
sentry_init  # function

# infuse/urls.py
_.login  # attribute

# labs/adaption/curriculum.py
MODULES  # variable
STATEMENTS  # variable

# labs/*/curriculum_cy.py: the Welsh of each Lab's curriculum, read by its data migration
# (migrations are left out of vulture's reading, as they are of the other names here)
LAB_SUMMARY_CY  # variable
MODULES_CY  # variable

# labs/adaption/forms.py
_.error_links  # method
what_it_is  # variable
where_it_worked  # variable
problem_there  # variable
evidence_source  # variable
_.evidence_options  # method
problem_here  # variable
who_affected  # variable
policy_fit  # variable
_.attributes  # method
decision_reasons  # variable
reconsider_if  # variable
who_agrees  # variable
test_what  # variable
test_where  # variable
start_day  # variable
start_month  # variable
start_year  # variable
test_prediction  # variable
measure_outcome  # variable
measure_process  # variable
measure_balancing  # variable
test_review  # variable
risk  # variable
check_plan  # variable
_.risk_options  # method

# labs/adaption/guidance.py
is_average  # variable

# labs/adaption/models.py
ANECDOTE  # variable
MONITORED  # variable
EVALUATED  # variable
INDEPENDENT  # variable
POSSIBLE  # variable
HIGH  # variable
relative_advantage  # variable
relative_advantage_note  # variable
compatibility  # variable
compatibility_note  # variable
complexity  # variable
complexity_note  # variable
trialability  # variable
trialability_note  # variable
observability  # variable
observability_note  # variable
evidence  # variable
evidence_note  # variable
readiness_note  # variable
proposed_decision  # variable
_.test_ends_on  # property

# labs/adaption/rules.py
average  # variable

# labs/adaption/services.py
_.proposed_decision  # attribute

# labs/curriculum.py
LABS  # variable
load_curriculum  # function
load_statements  # function
load_curriculum_cy  # function
_.summary_cy  # attribute
_.outcomes_cy  # attribute

# labs/data/forms.py
_.lawful_basis_hints  # property
_.screening_fields  # method

# labs/data/guidance.py
needs  # variable

# labs/data/models.py
DESCRIPTIVE  # variable
DIAGNOSTIC  # variable
PREDICTIVE  # variable
PRESCRIPTIVE  # variable
NUMBERS  # variable
WORDS  # variable
OWN_SERVICE  # variable
ANOTHER_COUNCIL  # variable
OPEN_DATA  # variable
NEW_SURVEY  # variable
PERSONAL  # variable
SPECIAL  # variable
PUBLIC_TASK  # variable
LEGAL_OBLIGATION  # variable
CONSENT  # variable
VITAL_INTERESTS  # variable
LEGITIMATE_INTERESTS  # variable
NO_PERSONAL_DATA  # variable
screen_large_scale  # variable
screen_vulnerable  # variable
screen_matching  # variable
screen_monitoring  # variable
screen_scoring  # variable
screen_automated  # variable
screen_denial  # variable
screen_innovative  # variable
screen_invisible  # variable
screen_criminal  # variable
quality_actions  # variable
source_name  # variable

# labs/data/rules.py
VALUE_TYPES  # variable
SOURCES  # variable
PERSONAL_LEVELS  # variable
LAWFUL_BASES  # variable
_.criterion  # method

# labs/data/selectors.py
_.intro  # property
_.missing_question  # property
_.missing_ethics  # property
_.dpo_to_confirm  # property
_.level_label  # property
_.level_tag  # property
_.level_summary  # property
_.level_reasons  # property
_.kind_guide  # property

# labs/models.py
ADAPTION  # variable
DATA  # variable
PROCUREMENT  # variable
_.outcome_list  # property
READING  # variable
VIDEO  # variable
LINK  # variable
FILE  # variable
WORKSHEET  # variable
CHECKOFF  # variable
instructions  # variable
archived  # variable

# labs/procurement/models.py
PROSPEROUS  # variable
RESILIENT  # variable
HEALTHIER  # variable
EQUAL  # variable
COHESIVE  # variable
CULTURE  # variable
GLOBAL  # variable
WORKS  # variable
GOODS  # variable
SERVICES  # variable

# labs/procurement/proxy_values.py
schema_editor  # variable
ensure  # function

# labs/procurement/rules.py
_.has  # method
price_quality_total  # variable
price_quality_weighting  # variable
_.social_value_changed_winner  # property

# labs/procurement/selectors.py
evaluation_missing  # variable

# privacy/erasure.py
pseudonym  # variable

# scripts/bench_web.py
_.redirect_request  # method

# scripts/mailcatcher.py
_.handle_DATA  # method
server  # variable

# infuse/staticfiles.py (named in settings.STORAGES off DEBUG)
ManifestStaticFilesStorage  # class

# labs/procurement/proxy_values.py (run by its data migration, 0007_issue26cyinfra_measures_cy)
add_welsh  # function

# cohorts/reports/views.py (read by templates/cohorts/reports.html)
period_dates  # variable

# cohorts/learning/curriculum.py (called by tests/conftest.py between tests)
forget  # function

# infuse/form_renderer.py (named in settings.FORM_RENDERER)
FastRenderer  # class

# cohorts/admin_paging.py (read by templates/admin/cohorts/cohort/people.html)
rows_html  # attribute
heading  # attribute
get_default_prefix  # method (cohorts/admin.py: Django's inline formsets ask it)

# cohorts/kept_figures.py (the tables and columns cohorts/reports/kept.py reads and writes in SQL,
# and the triggers of cohorts/migrations/0017 append to)
as_of  # variable
KeptFigure  # class
FiguresChange  # class
xact  # variable

# cohorts/selectors.py (with_places: Django's QuerySet reads its rows through this class)
_._iterable_class  # attribute

# cohorts/forms.py (_seed_chosen: a prefetched relation as Django's prefetch_related fills one)
_._result_cache  # attribute
_._prefetch_done  # attribute
