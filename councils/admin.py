from allauth.account.models import EmailAddress
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Council, User
from .services import user_clear_bounce


@admin.register(Council)
class CouncilAdmin(admin.ModelAdmin):
    list_display = ["name", "name_cy", "slug", "email_domains"]
    search_fields = ["name", "name_cy", "slug", "email_domains"]
    fields = ["name", "name_cy", "slug", "email_domains"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["full_name"]
    list_display = [
        "full_name",
        "email",
        "role",
        "council",
        "language",
        "nudges_opt_out",
        "last_login",
    ]
    list_filter = ["role", "council", "language", "nudges_opt_out", "is_active"]
    search_fields = ["full_name", "email", "certificate_name"]
    list_select_related = ["council"]
    readonly_fields = ["last_login", "date_joined"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "certificate_name", "council", "role", "language"]}),
        (_("Emails"), {"fields": ["nudges_opt_out"]}),
        (_("Access"), {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]

    def save_model(self, request, obj, form, change):
        """People added or changed here can sign in like everyone else: staff get the admin,
        and their email address is verified (allauth refuses an unverified one)."""
        obj.email = obj.email.strip().lower()
        obj.is_staff = obj.role == "staff" or obj.is_superuser
        super().save_model(request, obj, form, change)
        if change and "email" in form.changed_data and obj.email_bounced_at:
            # A new address: the old one's bounce says nothing about it.
            user_clear_bounce(user=obj)
        EmailAddress.objects.filter(user=obj).exclude(email=obj.email).delete()
        EmailAddress.objects.update_or_create(
            user=obj, email=obj.email, defaults={"verified": True, "primary": True}
        )

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("model_name") == "enrolment":
            # Only council participants can be enrolled in a cohort.
            queryset = queryset.filter(role="participant", is_active=True)
        return queryset, may_have_duplicates

    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "full_name", "role", "council", "password1", "password2"],
            },
        )
    ]
