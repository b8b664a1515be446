"""Loading and scoring the labelled evaluation corpus (tests/eval/corpus/*.yaml).

Shared by ``tests/eval/evaluate.py`` (the report a developer reads) and
``tests/test_eval_corpus.py`` (the checks CI runs), so both read the corpus and
count true/false positives exactly the same way.  Labelling rules: README.md
beside this file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import yaml

from smartlint.findings import CATEGORIES
from smartlint.settings import Client, Settings

if TYPE_CHECKING:
    from smartlint.findings import Finding

CORPUS_DIR = Path(__file__).parent / "corpus"
DEFAULT_TODAY = date(2026, 11, 22)  # a Sunday
KINDS = ("reply", "canned", "incident-update", "meeting-note", "order-confirmation")
CONTEXTS = ("auto", "normal", "incident")
_REQUIRED_KEYS = {"id", "kind", "text", "expect"}
_OPTIONAL_KEYS = {"today", "context", "client", "clients", "notes", "hard_negative"}


class CorpusError(ValueError):
    """A corpus file that does not follow the format; the message names file and item."""


@dataclass(frozen=True)
class CorpusItem:
    id: str
    kind: str
    text: str
    expect: frozenset[str]
    source: Path
    today: date = DEFAULT_TODAY
    context: str = "auto"
    client: str | None = None
    clients: tuple[Client, ...] = ()
    hard_negative: frozenset[str] = frozenset()
    notes: str | None = None

    def settings(self) -> Settings:
        return Settings(
            today=self.today,
            context=self.context,
            client=self.client,
            clients=list(self.clients),
        )


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> list[CorpusItem]:
    """All items of all ``*.yaml`` files in ``corpus_dir``, in file order.

    Raises :class:`CorpusError` for malformed items and duplicate ids.  Unknown
    category names are *not* rejected here: :func:`unknown_categories` reports
    them, so a test can list every offender at once.
    """
    items: list[CorpusItem] = []
    seen: dict[str, Path] = {}
    paths = sorted(corpus_dir.glob("*.yaml"))
    if not paths:
        raise CorpusError(f"{corpus_dir}: no *.yaml corpus files")
    for path in paths:
        for item in _load_file(path):
            if item.id in seen:
                raise CorpusError(f"{path}: id {item.id!r} already used in {seen[item.id].name}")
            seen[item.id] = path
            items.append(item)
    return items


def _load_file(path: Path) -> list[CorpusItem]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(raw, list):
        raise CorpusError(f"{path}: expected a list of items")
    return [_item(path, entry, index) for index, entry in enumerate(raw)]


def _item(path: Path, entry: object, index: int) -> CorpusItem:
    where = f"{path}: item {index}"
    if not isinstance(entry, dict):
        raise CorpusError(f"{where}: expected a mapping")
    where = f"{path}: item {entry.get('id', index)!r}"
    missing = _REQUIRED_KEYS - entry.keys()
    unknown = entry.keys() - _REQUIRED_KEYS - _OPTIONAL_KEYS
    if missing or unknown:
        raise CorpusError(f"{where}: missing keys {sorted(missing)}, unknown keys {sorted(unknown)}")
    if entry["kind"] not in KINDS:
        raise CorpusError(f"{where}: kind {entry['kind']!r} is not one of {KINDS}")
    context = entry.get("context", "auto")
    if context not in CONTEXTS:
        raise CorpusError(f"{where}: context {context!r} is not one of {CONTEXTS}")
    if not isinstance(entry["text"], str) or not entry["text"].strip():
        raise CorpusError(f"{where}: text must be a non-empty string")
    expect = _labels(where, "expect", entry["expect"])
    hard_negative = _labels(where, "hard_negative", entry.get("hard_negative") or [])
    if expect & hard_negative:
        raise CorpusError(f"{where}: {sorted(expect & hard_negative)} both expected and hard negative")
    return CorpusItem(
        id=str(entry["id"]),
        kind=entry["kind"],
        text=entry["text"],
        expect=expect,
        source=path,
        today=_date(where, entry.get("today", DEFAULT_TODAY)),
        context=context,
        client=_client(where, entry["client"]).name if entry.get("client") is not None else None,
        clients=tuple(_client(where, c) for c in entry.get("clients") or []),
        hard_negative=hard_negative,
        notes=entry.get("notes"),
    )


def _labels(where: str, key: str, value: object) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CorpusError(f"{where}: {key} must be a list of category names")
    if len(set(value)) != len(value):
        raise CorpusError(f"{where}: {key} lists a category twice")
    return frozenset(value)


def _date(where: str, value: object) -> date:
    if isinstance(value, date):  # yaml.safe_load already turns 2026-11-22 into a date
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise CorpusError(f"{where}: today {value!r} is not a YYYY-MM-DD date") from exc


def _client(where: str, value: object) -> Client:
    if isinstance(value, str):
        return Client(value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return Client(value["name"], tuple(value.get("aliases") or ()))
    raise CorpusError(f"{where}: a client is a name or {{name, aliases}}, not {value!r}")


def unknown_categories(item: CorpusItem) -> set[str]:
    return set(item.expect | item.hard_negative) - set(CATEGORIES)


# --------------------------------------------------------------------------- scoring


@dataclass
class CategoryScore:
    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """None when nothing was produced (precision is undefined, not perfect)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Disagreement:
    item: CorpusItem
    produced: frozenset[str]
    findings: list["Finding"] = field(default_factory=list)

    @property
    def missed(self) -> frozenset[str]:  # false negatives
        return self.item.expect - self.produced

    @property
    def extra(self) -> frozenset[str]:  # false positives
        return self.produced - self.item.expect


def produced_categories(findings: Iterable["Finding"]) -> frozenset[str]:
    return frozenset(f.category for f in findings)


def score(
    results: Iterable[tuple[CorpusItem, list["Finding"]]],
    categories: Iterable[str] = CATEGORIES,
) -> tuple[dict[str, CategoryScore], list[Disagreement]]:
    """Text-level scoring per category, plus every text whose categories differ."""
    scores = {c: CategoryScore(c) for c in categories}
    disagreements: list[Disagreement] = []
    for item, findings in results:
        produced = produced_categories(findings)
        for category, s in scores.items():
            expected, got = category in item.expect, category in produced
            s.tp += expected and got
            s.fp += got and not expected
            s.fn += expected and not got
        if (produced ^ item.expect) & scores.keys():
            disagreements.append(Disagreement(item, produced, list(findings)))
    return scores, disagreements


def overall(scores: Iterable[CategoryScore]) -> CategoryScore:
    """Micro-average over the given categories."""
    total = CategoryScore("overall")
    for s in scores:
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    return total


def run_engine(items: Iterable[CorpusItem], model: str | None = None) -> list[tuple[CorpusItem, list["Finding"]]]:
    """Lint every item with its own settings (imports the engine, and so spaCy, lazily);
    ``model``: another spaCy pipeline (name or path) than the embedded one."""
    import dataclasses

    from smartlint.engine import lint_text

    def settings(item: CorpusItem):
        own = item.settings()
        return dataclasses.replace(own, model=model) if model else own

    return [(item, lint_text(item.text, settings(item), path=item.id)) for item in items]
