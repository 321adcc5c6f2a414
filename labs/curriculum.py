"""Loading a lab's curriculum (its MODULES data) into the database, from a data migration."""

LABS = {
    "adaption": (
        "Adaption Lab",
        "Six weeks on how to find an innovation that worked elsewhere, judge its evidence, "
        "and adopt it or adapt it successfully to suit your council's context and needs.",
    ),
    "data": (
        "Data Lab",
        "Six weeks on asking good data questions about the Infuse themes, using data "
        "ethically and lawfully, the different kinds of data and how they inform decisions, "
        "and what data science techniques make possible.",
    ),
    "procurement": (
        "Procurement Lab",
        "Six weeks on getting the greatest value from public spending, social value "
        "included, with tools anyone in a council can use when commissioning or buying.",
    ),
}


def load_curriculum(apps, lab_code: str, modules: list[dict]) -> None:
    """Create or update the lab's six modules with their materials and activities."""
    Lab = apps.get_model("labs", "Lab")
    Module = apps.get_model("labs", "Module")
    Material = apps.get_model("labs", "Material")
    Activity = apps.get_model("labs", "Activity")
    lab = Lab.objects.get(code=lab_code)
    for data in modules:
        module, _ = Module.objects.update_or_create(
            lab=lab,
            number=data["number"],
            defaults={
                "title": data["title"],
                "summary": data["summary"],
                "outcomes": "\n".join(data["outcomes"]),
            },
        )
        module.materials.all().delete()
        module.activities.all().delete()
        Material.objects.bulk_create(
            Material(
                module=module,
                kind=item["kind"],
                title=item["title"],
                body=item["body"].strip(),
                url=item.get("url", ""),
                minutes=item.get("minutes", 15),
                position=position,
            )
            for position, item in enumerate(data["materials"], start=1)
        )
        Activity.objects.bulk_create(
            Activity(
                module=module,
                kind=item["kind"],
                title=item["title"],
                instructions=item["instructions"].strip(),
                tool_step=item.get("tool_step", ""),
                required=item.get("required", True),
                minutes=item.get("minutes", 20),
                position=position,
            )
            for position, item in enumerate(data["activities"], start=1)
        )


def load_statements(apps, lab_code: str, statements: list[dict]) -> None:
    """Create or update the lab's self-assessment statements (in English and Welsh), each tied
    to the week whose learning outcomes it measures. Statements with answers are never deleted;
    one no longer in the list is archived."""
    Lab = apps.get_model("labs", "Lab")
    Module = apps.get_model("labs", "Module")
    Statement = apps.get_model("labs", "Statement")
    lab = Lab.objects.get(code=lab_code)
    modules = {m.number: m for m in Module.objects.filter(lab=lab)}
    for position, item in enumerate(statements, start=1):
        Statement.objects.update_or_create(
            lab=lab,
            position=position,
            defaults={
                "module": modules[item["week"]],
                "text": item["en"],
                "text_en": item["en"],
                "text_cy": item["cy"],
                "archived": False,
            },
        )
    Statement.objects.filter(lab=lab, position__gt=len(statements)).update(archived=True)
