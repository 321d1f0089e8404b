"""`evaluate_reader --against`: how far a second annotation of the corpus passages agrees with the first."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

BLIND45 = Path(__file__).resolve().parents[1] / "data" / "reader_corpus" / "blind45.jsonl"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(path: Path, passages: list[dict]) -> Path:
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages), encoding="utf-8")
    return path


def _agreement(corpus: Path, second: Path) -> str:
    out = StringIO()
    call_command("evaluate_reader", "--corpus", str(corpus), "--against", str(second), "--errors", stdout=out)
    return out.getvalue()


def test_an_annotation_agrees_fully_with_itself():
    text = _agreement(BLIND45, BLIND45)
    assert "F1 1.000" in text.splitlines()[1] and "F1 1.000" in text.splitlines()[2]


def test_a_second_annotation_that_drops_a_claim_and_moves_a_place_is_scored_as_the_reader_is(tmp_path):
    passages = _lines(BLIND45)
    n_mentions = sum(len({m["surface"] for m in p["mentions"]}) for p in passages)
    n_claims = sum(len(p["claims"]) for p in passages)
    second = json.loads(json.dumps(passages))
    dropped = second[0]["claims"].pop(0)
    located = next(m for p in second for m in p["mentions"] if m.get("place"))
    located["place"] = dict(
        located["place"], lat=located["place"]["lat"] + 1.0
    )  # ~110 km away: another place
    text = _agreement(BLIND45, _write(tmp_path / "second.jsonl", second))
    mentions_line, claims_line = text.splitlines()[1:3]
    assert f"tp {n_mentions - 1}, predicted {n_mentions}, gold {n_mentions}" in mentions_line
    assert f"tp {n_claims - 1}, predicted {n_claims - 1}, gold {n_claims}" in claims_line
    # (one missed claim of that side and change: the scorer's loose surface match may pair جبا with تل كروم جبا)
    missed = [line for line in text.splitlines() if "missed claim" in line]
    assert len(missed) == 1 and missed[0].endswith(f"{dropped['actor']} {dropped['change']}")
    assert f"{located['surface']} resolved to" in text


def test_a_second_annotation_missing_passages_or_not_json_is_a_clear_error(tmp_path):
    passages = _lines(BLIND45)
    with pytest.raises(CommandError, match="lacks 1 passages"):
        _agreement(BLIND45, _write(tmp_path / "short.jsonl", passages[1:]))
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Not a JSON-lines annotation"):
        _agreement(BLIND45, broken)
    with pytest.raises(CommandError, match="No second annotation"):
        _agreement(BLIND45, tmp_path / "absent.jsonl")


SECOND = BLIND45.parent / "second"


@pytest.mark.parametrize("second", sorted(SECOND.glob("blind*.jsonl")), ids=lambda p: p.stem)
def test_each_second_annotation_reads_the_very_passages_of_its_set(second):
    first = {p["id"]: p for p in _lines(BLIND45.parent / second.name)}
    other = _lines(second)
    assert [p["id"] for p in other] == list(first)
    for p in other:
        assert p["text"] == first[p["id"]]["text"] and p["published"] == first[p["id"]]["published"]
        assert all(m["surface"] in p["text"] for m in p["mentions"])
    # ... and the command scores it (the figures are recorded in the corpus README).
    assert "agreement:" in _agreement(BLIND45.parent / second.name, second)


def test_every_passage_of_the_corpus_has_its_own_id_and_the_fields_the_scorer_reads():
    from frontline.management.commands.evaluate_reader import corpus_paths, load_corpus

    seen: dict[str, str] = {}
    blocs = {"government", "opposition", "sna", "sdf", "isis"}
    changes = {"captured", "recaptured", "withdrew", "held", "attacked"}
    for path in corpus_paths():
        for passage in load_corpus(path):
            assert passage["id"] not in seen, (
                f"{passage['id']} is in {seen.get(passage['id'])} and {path.name}"
            )
            seen[passage["id"]] = path.name
            assert passage["reconstructed"] is False
            surfaces = {m["surface"] for m in passage["mentions"]}
            for claim in passage["claims"]:
                assert claim["surface"] in surfaces, (passage["id"], claim["surface"])
                assert claim["actor"] in blocs and claim["change"] in changes, (passage["id"], claim)
    assert len(seen) >= 900
