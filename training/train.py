"""Reproducible training recipe for smartlint's embedded Dutch pipeline (nl_smartlint_sm).

One command converts the UD Dutch treebanks, trains, evaluates on the held-out test
set and packages the result into the package-data folder:

    python training/train.py all --ud ../shared/ud-dutch --epochs 8   # the shipped run (F5)

Steps (each can be run on its own, see ``--help``):

``prepare``   harmonise the CoNLL-U files (training/harmonise.py) and convert them to
              spaCy's binary format, 10 sentences per document so that the parser also
              learns sentence boundaries.
``select``    train on train, select the checkpoint on dev (``model-best``); prints the
              epoch of the best dev score, used by ``final``.
``final``     retrain on train + dev for the epoch count ``select`` found (no selection
              on dev any more: the epoch count is fixed in advance).
``evaluate``  score a model on the held-out test set (never used for training or selection).
``package``   copy the model into smartlint/nlp/nl_smartlint_sm with meta, README and LICENSE.
``lexicons``  (re)write the word lists beside the model (verb lemmas) from the treebank.

Training runs by hand on a developer machine (about an hour per run on 2 CPU cores),
never in CI.  Needs: spacy (``pip install -e .``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONFIG = HERE / "config.cfg"
PACKAGE_DIR = ROOT / "smartlint" / "nlp" / "nl_smartlint_sm"
# Settings chosen on dev (see training/README.md for the comparison).
BEST_OVERRIDES = ["--components.tok2vec.model.encode.width", "128"]


def run(cmd: list[str]) -> str:
    print("$", " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, check=True, text=True, capture_output=True)
    sys.stdout.write(proc.stdout[-4000:])
    return proc.stdout


def spacy(*args: str) -> list[str]:
    return [sys.executable, "-m", "spacy", *args]


def prepare(ud: Path, work: Path) -> None:
    harmonised = work / "harmonised"
    run([sys.executable, str(HERE / "harmonise.py"), str(ud), str(harmonised), "--augment"])
    for split in ("train", "dev", "test"):
        run(spacy("convert", str(harmonised / f"{split}.conllu"), str(work), "-n", "10", "-c", "conllu"))
    # train+dev for the final run, with the epoch count fixed by `select`.
    combined = harmonised / "traindev.conllu"
    combined.write_text(
        (harmonised / "train.conllu").read_text(encoding="utf-8")
        + (harmonised / "dev.conllu").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    run(spacy("convert", str(combined), str(work), "-n", "10", "-c", "conllu"))


def best_epoch(log: str) -> int:
    """Epoch of the best dev score in a `spacy train` log table."""
    best, epoch = -1.0, 0
    for line in log.splitlines():
        cols = line.split()
        if len(cols) > 5 and cols[0].isdigit() and re.fullmatch(r"[0-9.]+", cols[-1]):
            score = float(cols[-1])
            if score > best:
                best, epoch = score, int(cols[0])
    return epoch + 1  # epochs are numbered from 0


def select(work: Path, out: Path, extra: list[str]) -> int:
    log = run(spacy("train", str(CONFIG), "--output", str(out / "select"),
                    "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
                    *BEST_OVERRIDES, *extra))
    epochs = best_epoch(log)
    (out / "select" / "best_epoch.txt").write_text(f"{epochs}\n")
    print(f"best dev score after {epochs} epochs")
    return epochs


def final(work: Path, out: Path, epochs: int, extra: list[str]) -> Path:
    # Dev is in the training data now, so the dev score printed during training is not a
    # selection criterion; the last model after the fixed epoch count is the result.
    run(spacy("train", str(CONFIG), "--output", str(out / "final"),
              "--paths.train", str(work / "traindev.spacy"), "--paths.dev", str(work / "dev.spacy"),
              "--training.max_epochs", str(epochs), "--training.patience", "0", *BEST_OVERRIDES, *extra))
    return out / "final" / "model-last"


def evaluate(model: Path, work: Path, out: Path) -> dict:
    metrics = out / f"test-{model.parent.name}-{model.name}.json"
    run(spacy("evaluate", str(model), str(work / "test.spacy"), "--output", str(metrics)))
    return json.loads(metrics.read_text())


def adjective_lexicon(train_conllu: Path) -> str:
    """The lemmas tagged ADJ in the training treebank, one per line (for the
    comparative repair in smartlint/nlp/components.py)."""
    return lemma_lexicon(train_conllu, "ADJ")


def lemma_lexicon(train_conllu: Path, *upos: str) -> str:
    """The alphabetic lemmas tagged one of ``upos`` in a treebank file, one per line."""
    lemmas = set()
    for line in train_conllu.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[3] in upos and cols[2].isalpha():
            lemmas.add(cols[2].lower())
    return "\n".join(sorted(lemmas)) + "\n"


def write_lexicons(train_conllu: Path) -> None:
    """Word lists the clause analysis reads next to the model: the treebank's verb
    lemmas tell an imperative ("Controleer", "Bel") from a capitalised noun when the
    tagger does not (smartlint/nl/verbs.py)."""
    (PACKAGE_DIR / "verb_lemmas.txt").write_text(lemma_lexicon(train_conllu, "VERB", "AUX"), encoding="utf-8")


def package(model: Path, scores: dict, work: Path) -> None:
    if PACKAGE_DIR.exists():
        shutil.rmtree(PACKAGE_DIR)
    shutil.copytree(model, PACKAGE_DIR)
    (PACKAGE_DIR / "adjective_lemmas.txt").write_text(
        adjective_lexicon(work / "harmonised" / "train.conllu"), encoding="utf-8"
    )
    write_lexicons(work / "harmonised" / "train.conllu")
    meta_path = PACKAGE_DIR / "meta.json"
    meta = json.loads(meta_path.read_text())
    # spaCy's "performance" is the last score on dev, which the final run trained on.
    meta.pop("performance", None)
    meta.update({
        "name": "smartlint_sm",
        "version": "0.1.0",
        "description": "Small Dutch pipeline (morphologizer, parser, trainable lemmatizer) for smartlint",
        "license": "CC BY-SA 4.0",
        "sources": [
            {"name": "UD_Dutch-LassySmall", "author": "Gosse Bouma, Gertjan van Noord", "license": "CC BY-SA 4.0"},
            {"name": "UD_Dutch-Alpino", "author": "Gosse Bouma, Gertjan van Noord", "license": "CC BY-SA 4.0"},
        ],
        "test_scores": {k: scores[k] for k in
                        ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f", "speed")
                        if k in scores},
    })
    # smartlint runs the pipeline with its repair components (smartlint/nlp/components.py)
    repaired = scores_with_repairs(work / "test.spacy")
    meta["test_scores_with_repairs"] = repaired
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    shutil.copy(HERE / "MODEL_LICENSE.md", PACKAGE_DIR / "LICENSE")
    (PACKAGE_DIR / "README.md").write_text(model_readme(meta, scores, repaired), encoding="utf-8")
    print(f"packaged {model} -> {PACKAGE_DIR}")


def scores_with_repairs(test: Path) -> dict:
    """Test scores of the packaged pipeline as smartlint loads it (with the repairs)."""
    from measure_fixes import evaluate as evaluate_corpus  # also puts smartlint on the path
    from smartlint.nlp import load_pipeline

    result = evaluate_corpus(load_pipeline(str(PACKAGE_DIR)), test)
    return {key: result[key] for key in ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")}


def model_readme(meta: dict, scores: dict, repaired: dict) -> str:
    rows = [("UPOS", "pos_acc"), ("morphology", "morph_acc"), ("lemma", "lemma_acc"),
            ("UAS", "dep_uas"), ("LAS", "dep_las"), ("sentence F", "sents_f")]
    table = "\n".join(f"| {name} | {scores[key]:.4f} | {repaired[key]:.4f} |"
                      for name, key in rows if key in scores)
    size = sum(p.stat().st_size for p in PACKAGE_DIR.rglob("*") if p.is_file()) / 1e6
    return f"""# nl_smartlint_sm

smartlint's embedded Dutch spaCy pipeline: {", ".join(meta["pipeline"])}.
spaCy {meta.get("spacy_version", "")}; {size:.1f} MB on disk. Licence: CC BY-SA 4.0 (see LICENSE),
derived from UD_Dutch-LassySmall and UD_Dutch-Alpino (Gosse Bouma, Gertjan van Noord).

## Accuracy on the held-out test set

`test.conllu` (UD_Dutch-Alpino test section, newspaper text, 596 sentences, 11,046 tokens),
never used for training or model selection; lemmas compared without compound
underscores (see training/harmonise.py).

| metric | pipeline (`spacy evaluate`) | as smartlint runs it (+ repair components) |
| --- | --- | --- |
{table}
| speed (words/s, this machine, `spacy evaluate`) | {scores.get("speed", 0):,.0f} | |

The repair components (`smartlint/nlp/components.py`: one subject per verb, a verb
attached as auxiliary is AUX, comparatives before "dan") are added by smartlint when it
loads the pipeline; `python training/measure_fixes.py MODEL corpus/test.spacy` prints
both rows.

For comparison, spaCy's `nl_core_news_sm` reports UPOS 0.957 and LAS 0.801 on its own UD
Dutch test split (trained on more in-domain data).

Reproduce: `python training/train.py evaluate --model smartlint/nlp/nl_smartlint_sm`
(after `python training/train.py prepare`). Train: `python training/train.py all --epochs 8`
(the shipped run's fixed epoch count; without `--epochs`, `all` first finds it on dev).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["all", "prepare", "select", "final", "evaluate", "package", "lexicons"])
    parser.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "ud-dutch")
    parser.add_argument("--work", type=Path, default=ROOT / "corpus", help="converted data (git-ignored)")
    parser.add_argument("--out", type=Path, default=ROOT / "runs", help="training output (git-ignored)")
    parser.add_argument("--epochs", type=int,
                        help="epoch count for `final`/`all` (default: found by `select` on dev)")
    parser.add_argument("--model", type=Path, help="model folder for `evaluate`/`package`")
    args, extra = parser.parse_known_args(argv)

    if args.step == "lexicons":  # the word lists beside the shipped model, without retraining
        write_lexicons(args.ud / "train.conllu")
        return 0

    if args.step in ("all", "prepare"):
        prepare(args.ud, args.work)
    if args.step == "select" or (args.step == "all" and args.epochs is None):
        args.epochs = select(args.work, args.out, extra)
    if args.step in ("all", "final"):
        epochs = args.epochs or int((args.out / "select" / "best_epoch.txt").read_text())
        args.model = final(args.work, args.out, epochs, extra)
    if args.step in ("all", "evaluate", "package"):
        scores = evaluate(args.model, args.work, args.out)
        print(json.dumps({k: scores.get(k) for k in
                          ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f", "speed")}))
        if args.step in ("all", "package"):
            package(args.model, scores, args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
