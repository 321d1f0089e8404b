from django.contrib.auth.management import create_permissions
from django.db import migrations

# Editors enter claims, reports and sources; verifiers also review and retract. Nobody but an
# administrator deletes anything, and nobody deletes claims at all (they are retracted instead).
EDITOR = [
    "view_actor",
    "view_actorname",
    "add_source",
    "change_source",
    "view_source",
    "add_report",
    "change_report",
    "view_report",
    "add_claim",
    "change_claim",
    "view_claim",
]
VERIFIER = EDITOR + ["review_claim", "retract_claim"]
GRANTS = {"Editor": EDITOR, "Verifier": VERIFIER}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure ours exist now.
    app_config = apps.get_app_config("frontline")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        perms = Permission.objects.filter(content_type__app_label="frontline", codename__in=codenames)
        group.permissions.add(*perms)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group:
            perms = Permission.objects.filter(content_type__app_label="frontline", codename__in=codenames)
            group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [("frontline", "0002_claims"), ("contenttypes", "0002_remove_content_type_name")]
    operations = [migrations.RunPython(grant, revoke)]
