"""Drop the SNA's name "المرتزقة" that the shipped actor names gave: Kurdish outlets call the factions so wherever they
fight (the rebels of Idlib and Hama as much as the SNA), so the reader reads the word by its context instead."""

from django.db import migrations


def drop(apps, schema_editor):
    ActorName = apps.get_model("frontline", "ActorName")
    ActorName.objects.filter(actor__code="sna", text="المرتزقة", used_by="kurdish").delete()


class Migration(migrations.Migration):
    dependencies = [("frontline", "0006_control_period_covering_indexes")]

    operations = [migrations.RunPython(drop, migrations.RunPython.noop)]
