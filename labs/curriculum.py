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
    """Create or update the lab's six modules with their materials and activities.

    Updated in place, never deleted and recreated: people's completions and reflections hang
    off the activities. Each item is matched within its module by title, else by position;
    one no longer in the curriculum is archived (when the model has archived_at), never
    deleted."""
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
        _load_items(
            Material,
            module,
            [
                {
                    "kind": item["kind"],
                    "title": item["title"],
                    "body": item["body"].strip(),
                    "url": item.get("url", ""),
                    "minutes": item.get("minutes", 15),
                }
                for item in data["materials"]
            ],
        )
        _load_items(
            Activity,
            module,
            [
                {
                    "kind": item["kind"],
                    "title": item["title"],
                    "instructions": item["instructions"].strip(),
                    "tool_step": item.get("tool_step", ""),
                    "required": item.get("required", True),
                    "minutes": item.get("minutes", 20),
                }
                for item in data["activities"]
            ],
        )


def _load_items(model, module, items: list[dict]) -> None:
    """Bring a module's materials or activities in line with `items` (in order), in place."""
    existing = list(model.objects.filter(module=module).order_by("position", "pk"))
    by_title = {}
    for row in existing:
        by_title.setdefault(row.title, row)
    by_position = {row.position: row for row in existing}
    used = set()
    for position, values in enumerate(items, start=1):
        row = by_title.get(values["title"])
        if row is None or row.pk in used:
            row = by_position.get(position)
            if row is not None and (row.pk in used or row.title in {i["title"] for i in items}):
                row = None  # that row is another item of the new list, matched by its title
        if row is None:
            row = model(module=module)
        for name, value in {**values, "position": position}.items():
            setattr(row, name, value)
        row.save()
        used.add(row.pk)
    gone = [row.pk for row in existing if row.pk not in used]
    fields = {f.name for f in model._meta.get_fields()}
    if gone and "archived_at" in fields:
        from django.utils import timezone

        model.objects.filter(pk__in=gone, archived_at__isnull=True).update(
            archived_at=timezone.now()
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


def load_curriculum_cy(apps, lab_code: str, modules_cy: list[dict]) -> None:
    """Fill in the Welsh (`<field>_cy`) of the lab's modules, materials and activities from
    `modules_cy`, a list shaped as the lab's MODULES: modules matched by number, materials and
    activities by their place among the module's current (unarchived) items. Only the Welsh
    columns are written, so nothing English, and no one's work, is touched; a Welsh text an
    editor has changed in the admin since is overwritten only when this loader runs again."""
    Module = apps.get_model("labs", "Module")
    Material = apps.get_model("labs", "Material")
    Activity = apps.get_model("labs", "Activity")
    modules = {m.number: m for m in Module.objects.filter(lab__code=lab_code)}
    for data in modules_cy:
        module = modules[data["number"]]
        module.title_cy = data["title"]
        module.summary_cy = data["summary"]
        module.outcomes_cy = "\n".join(data["outcomes"])
        module.save(update_fields=["title_cy", "summary_cy", "outcomes_cy"])
        for model, items, text_field in (
            (Material, data["materials"], "body"),
            (Activity, data["activities"], "instructions"),
        ):
            rows = list(
                model.objects.filter(module=module, archived_at__isnull=True).order_by(
                    "position", "pk"
                )
            )
            if len(rows) != len(items):
                raise ValueError(
                    f"{lab_code} week {data['number']}: {len(rows)} {model.__name__} rows "
                    f"but {len(items)} Welsh texts"
                )
            for row, item in zip(rows, items, strict=True):
                row.title_cy = item["title"]
                setattr(row, f"{text_field}_cy", item[text_field].strip())
                row.save(update_fields=["title_cy", f"{text_field}_cy"])
