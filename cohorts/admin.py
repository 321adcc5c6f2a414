from django.contrib import admin

from .models import Attendance, Cohort, Completion, Enrolment, EnrolmentEvent, Session
from .services import cohort_generate_sessions


class SessionInline(admin.TabularInline):
    model = Session
    fields = [
        "number",
        "date",
        "start_time",
        "minutes",
        "location",
        "online_url",
        "moved_from",
        "moved_reason",
    ]
    readonly_fields = ["number", "moved_from", "moved_reason"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class EnrolmentInline(admin.TabularInline):
    model = Enrolment
    fields = ["user", "status", "progress", "sessions_attended", "nominated_by"]
    readonly_fields = ["status", "progress", "sessions_attended", "nominated_by"]
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ["title", "lab", "theme", "start_date", "capacity"]
    list_filter = ["lab", "theme", "councils"]
    search_fields = ["title"]
    list_select_related = ["lab"]
    filter_horizontal = ["councils", "facilitators"]
    inlines = [SessionInline, EnrolmentInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            cohort_generate_sessions(cohort=obj)


@admin.register(Enrolment)
class EnrolmentAdmin(admin.ModelAdmin):
    list_display = ["user", "cohort", "status", "progress", "sessions_attended"]
    list_filter = ["status", "cohort__lab", "user__council"]
    search_fields = ["user__full_name", "user__email", "cohort__title"]
    list_select_related = ["user", "cohort"]
    readonly_fields = ["progress", "required_done", "required_total", "sessions_attended"]
    autocomplete_fields = ["user", "cohort"]


admin.site.register(EnrolmentEvent)
admin.site.register(Completion)
admin.site.register(Attendance)
admin.site.register(Session)
