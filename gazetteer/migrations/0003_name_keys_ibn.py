"""Recompute the keys of names written with ابن, which now meet their بن spelling (قصر ابن وردان)."""

from django.db import migrations


def recompute(apps, schema_editor):
    from gazetteer.normalize import name_key

    PlaceName = apps.get_model("gazetteer", "PlaceName")
    changed = []
    for row in PlaceName.objects.filter(text__regex=r"(^|\s)[اإأآ]بن(\s|$)").only("id", "text", "key"):
        key = name_key(row.text)
        if key and key != row.key:
            row.key = key
            changed.append(row)
    PlaceName.objects.bulk_update(changed, ["key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("gazetteer", "0002_prefix_indexes_and_editor_permissions")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
