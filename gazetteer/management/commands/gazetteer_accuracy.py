"""Print top-1 accuracy of place resolution on the spelling-variant cases."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gazetteer.accuracy import DEFAULT_CASES, evaluate


class Command(BaseCommand):
    help = "Resolve every case of a spelling-variant table and print top-1 accuracy (and the misses)."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_CASES)

    def handle(self, *args, file, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file", returncode=2)
        results = evaluate(file)
        if not results:
            raise CommandError(f"{file}: no cases", returncode=2)
        correct = sum(r.correct for r in results)
        by_origin: dict[str, list[bool]] = {}
        for r in results:
            by_origin.setdefault(r.origin.split(":")[0] or "?", []).append(r.correct)
            if not r.correct:
                self.stdout.write(f"MISS {r.query!r} expected {r.expected} got {r.got} ({r.origin})")
        for origin, oks in sorted(by_origin.items()):
            self.stdout.write(f"  {origin:<12} {sum(oks)}/{len(oks)}")
        self.stdout.write(f"top-1 correct: {correct}/{len(results)} = {correct / len(results):.1%}")
