from django.contrib.admin.apps import AdminConfig


class InfuseAdminConfig(AdminConfig):
    """django.contrib.admin with the project's site (councils/admin_site.py: in the lowest app,
    as it reads the role) as admin.site, so every admin.site.register, @admin.register and
    admin.site.unregister goes to it unchanged."""

    default_site = "councils.admin_site.InfuseAdminSite"
