from django.db import migrations

# The domain of each council's staff email addresses (the councils' own websites and mail).
# Programme staff can change these in the admin; a lead nominates someone new only at one.
EMAIL_DOMAINS = {
    "blaenau-gwent": "blaenau-gwent.gov.uk",
    "bridgend": "bridgend.gov.uk",
    "caerphilly": "caerphilly.gov.uk",
    "cardiff": "cardiff.gov.uk",
    "merthyr-tydfil": "merthyr.gov.uk",
    "monmouthshire": "monmouthshire.gov.uk",
    "newport": "newport.gov.uk",
    "rhondda-cynon-taf": "rctcbc.gov.uk",
    "torfaen": "torfaen.gov.uk",
    "vale-of-glamorgan": "valeofglamorgan.gov.uk",
}


def load(apps, schema_editor):
    Council = apps.get_model("councils", "Council")
    for slug, domains in EMAIL_DOMAINS.items():
        Council.objects.filter(slug=slug).update(email_domains=domains)


def unload(apps, schema_editor):
    apps.get_model("councils", "Council").objects.filter(slug__in=EMAIL_DOMAINS).update(
        email_domains=""
    )


class Migration(migrations.Migration):
    dependencies = [("councils", "0003_council_email_domains")]
    operations = [migrations.RunPython(load, unload)]
