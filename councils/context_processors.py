from django.conf import settings


def portal(request):
    return {"programme_contact_email": settings.PROGRAMME_CONTACT_EMAIL}
