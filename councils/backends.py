from django.contrib.auth.backends import ModelBackend

from .models import Role


class RoleBackend(ModelBackend):
    """Programme staff may do everything in the admin (DESIGN.md: staff see everything), so
    no one has to tick dozens of model permissions for each new member of the team."""

    def has_perm(self, user_obj, perm, obj=None):
        if (
            user_obj.is_active
            and getattr(user_obj, "role", None) == Role.STAFF
            and user_obj.is_staff
        ):
            return True
        return super().has_perm(user_obj, perm, obj)

    def has_module_perms(self, user_obj, app_label):
        if (
            user_obj.is_active
            and getattr(user_obj, "role", None) == Role.STAFF
            and user_obj.is_staff
        ):
            return True
        return super().has_module_perms(user_obj, app_label)
