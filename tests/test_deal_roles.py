"""The investors a trained classifier adds to the deal rules' rounds, and the buyer it gives the
takeovers they read with none (pipeline/components/deal_roles.py), on French sentences written for
these tests, and the command that trains it."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from .test_events import events_of

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def rules_alone(nlp):
    """The session's pipeline with its deal rules only (as ``pipeline.load(roles="none")``)."""
    deals = nlp.get_pipe("deal_events")
    saved = deals._roles
    deals._roles = False
    try:
        yield
    finally:
        deals._roles = saved


def investors(extract, text: str) -> list[list[str]]:
    return [e["investors"] for e in events_of(extract, text, etype="funding")]


@pytest.mark.parametrize("text, expected", [
    # a list of shareholders two sentences after the round
    ("Pollinex a bouclé un tour de table de 9 millions d'euros pour accélérer en Allemagne. La jeune pousse "
     "revendique 300 clients. Parmi ses nouveaux actionnaires figurent Kima Ventures, Axeleo Capital et Breega.",
     ["Kima Ventures", "Axeleo Capital", "Breega"]),
    # funds that enter the capital
    ("La medtech rennaise Cardiolys annonce une levée de 12 millions d'euros. Elle veut obtenir le marquage CE "
     "l'an prochain. Les fonds Sofinnova Partners et Seventure entrent à son capital.",
     ["Sofinnova Partners", "Seventure"]),
    # the investors named as such, with no verb
    ("Hexamind lève 18 millions d'euros en série A. La société veut recruter 60 ingénieurs. Les investisseurs "
     "sont Balderton Capital, Frst et Motier Ventures.",
     ["Balderton Capital", "Frst", "Motier Ventures"]),
    # one that invested, and one "tout comme"
    ("Ombrelle a réuni 4 millions d'euros en amorçage. Sa plateforme protège les PME contre le phishing. "
     "Le fonds Elaia a investi, tout comme Kima Ventures.",
     ["Elaia", "Kima Ventures"]),
    # a sentence that names the investors as such, further than five sentences on (§4, stop 29,
    # limits only a sentence that says a name takes part: tests/test_events.py)
    ("Pollinex a bouclé un tour de table de 9 millions d'euros. Son service compte déjà des milliers "
     "d'utilisateurs. Ses fondateurs se sont rencontrés à l'université. Le marché visé reste très concurrentiel. "
     "Les recrutements vont se poursuivre. Son siège reste installé à Lyon. La société vise l'Allemagne. "
     "Les fonds Kima Ventures et Breega ont investi.",
     ["Kima Ventures", "Breega"]),
])
def test_investors_named_sentences_after_the_round(nlp, extract, text, expected):
    assert investors(extract, text) == [expected]
    with rules_alone(nlp):      # what the model adds: the rules of the sentence read none of them
        assert investors(extract, text) == [[]]


@pytest.mark.parametrize("text, expected", [
    # customers and competitors named after a round are no investors
    ("Vertalis a finalisé une levée de 25 millions d'euros. Son logiciel de maintenance équipe déjà Airbus et "
     "Safran. La société affronte des concurrents comme Siemens et Dassault Systèmes.", []),
    ("Trilogik lève 8 millions d'euros. Elle travaille depuis deux ans avec la SNCF et Orange, ses premiers "
     "clients.", []),
    # nor the founders' former employers
    ("Kelvio a levé 10 millions d'euros auprès de Partech. La start-up a été fondée par deux anciens de Criteo "
     "et de Google.", ["Partech"]),
    # nor the news sites it is quoted from (patterns/deals.json's not_parties, as for the rules)
    ("Kelora a levé 12 millions d'euros. Partech et Elaia ont participé au tour, selon Sifted et Maddyness.",
     ["Partech", "Elaia"]),
])
def test_names_after_a_round_that_invest_in_nothing(nlp, extract, text, expected):
    assert investors(extract, text) == [expected]
    with rules_alone(nlp):
        assert investors(extract, text) == [expected]


def takeovers(extract, text: str) -> list[tuple[str | None, str]]:
    return [(e.get("acquirer"), e["target"]) for e in events_of(extract, text, etype="acquisition")]


@pytest.mark.parametrize("text, expected", [
    # a list of the company's takeovers, each told with no buyer
    ("Le groupe Solvéo a dévoilé ses résultats annuels. Solvéo a réalisé 200 millions d'euros de chiffre "
     "d'affaires. Solvéo a poursuivi ses acquisitions :\n- le belge Lumio, racheté en mars pour 8 millions "
     "d'euros ;\n- le nantais Pixalis, acquis en septembre.",
     [("Solvéo", "Lumio"), ("Solvéo", "Pixalis")]),
    # an earlier takeover told in passing, beside the one the article is about
    ("Helvio annonce le rachat de Quantix pour 900 millions d'euros. Helvio compte 12 000 salariés. C'est la "
     "plus grosse acquisition de son histoire, loin devant Ardentis, rachetée 300 millions d'euros en 2019.",
     [("Helvio", "Quantix"), ("Helvio", "Ardentis")]),
])
def test_a_takeover_told_with_no_buyer_takes_the_company_the_article_is_about(nlp, extract, text, expected):
    assert takeovers(extract, text) == expected
    with rules_alone(nlp):      # what the model adds: the rules read these takeovers with no buyer
        assert [buyer for buyer, _ in takeovers(extract, text)].count(None) >= 1


@pytest.mark.parametrize("text, expected", [
    # the buyer is not named: the target's customers are no buyers
    ("Datavolt équipe déjà Airbus et Safran. Datavolt a été rachetée en 2023 par un fonds américain pour "
     "50 millions d'euros. Datavolt compte 80 salariés.", [(None, "Datavolt")]),
    # nor is a competitor the article is about
    ("Kervalo a publié mercredi un chiffre d'affaires de 48 millions d'euros, en hausse de 12 %. Kervalo vise "
     "désormais l'Allemagne. Son concurrent Datavolt a été racheté en 2021 pour 30 millions d'euros par un "
     "fonds.", [(None, "Datavolt")]),
])
def test_a_takeover_whose_buyer_is_not_named_keeps_none(nlp, extract, text, expected):
    assert takeovers(extract, text) == expected


def test_the_buyer_is_the_mention_nearest_before_the_deal(extract):
    text = ("Helvio annonce le rachat de Quantix pour 900 millions d'euros. Helvio compte 12 000 salariés. C'est "
            "la plus grosse acquisition de son histoire, loin devant Ardentis, rachetée 300 millions d'euros en 2019.")
    record = extract(text, "2025-06-12")
    ardentis = next(ev for ev in record["events"] if text[slice(*ev["roles"]["target"])] == "Ardentis")
    assert ardentis["roles"]["acquirer"] == [text.index("Helvio compte"), text.index("Helvio compte") + 6]


@pytest.mark.parametrize("text, name, feature", [
    ("Datavolt lève 5 millions d'euros lors d'une série A menée par Partech.", "Partech", "cue:lead_cues:before"),
    ("Datavolt lève 5 millions d'euros. Elle affronte son rival Kervalo.", "Kervalo", "cue:investor_stop:before"),
    ("Datavolt lève 5 millions d'euros. Elle affronte son rival Kervalo.", "Kervalo", "funding:n1"),
    ("Datavolt lève 5 millions d'euros auprès de Partech.", "Partech", "R:funding.investors"),
    ("Datavolt lève 5 millions d'euros auprès de Partech.", "Datavolt", "R:funding.company"),
    # how often the article names it, whether most, whether in its first sentence
    ("Datavolt lève 5 millions d'euros. Datavolt vise l'Allemagne avec Partech.", "Datavolt", "told:2"),
    ("Datavolt lève 5 millions d'euros. Datavolt vise l'Allemagne avec Partech.", "Datavolt", "most"),
    ("Datavolt lève 5 millions d'euros. Datavolt vise l'Allemagne avec Partech.", "Partech", "told:1"),
    ("Partech investit dans Datavolt. Elle vise l'Allemagne.", "Partech", "head"),
])
def test_a_names_features_say_where_it_stands_and_what_the_rules_read(nlp, text, name, feature):
    from pipeline.api import _make_doc
    from pipeline.components.deal_roles import features
    from pipeline.io.readers import Document

    deals = nlp.get_pipe("deal_events")
    with nlp.select_pipes(disable=["deal_events"]):
        doc = nlp(_make_doc(nlp, Document("t", text, {"published": "2025-06-12"})))
    art, events = deals.rule_events(doc)
    words = {e.text: f for e, f in features(art, events)}
    assert feature in words[name]


def test_the_shipped_model_reads_investors_and_buyers(nlp):
    from pipeline.components.deal_roles import LABELS, ROLES_DIR, load_role_model

    model = nlp.get_pipe("deal_events").roles
    assert model is not None and model.path == ROLES_DIR
    assert model.labels == list(LABELS) == ["funding.investors", "acquisition.acquirer"]
    assert load_role_model(ROLES_DIR / "nothing") is None


def test_a_classifier_folder_that_holds_none_is_refused_at_load(tmp_path, capsys):
    from pipeline.cli import main

    code = main(["evaluate", "--gold", str(ROOT / "evaluation" / "holdout_events"), "--no-baseline",
                 "--roles", str(tmp_path)])
    assert code != 0
    assert f"error: {tmp_path}: no role classifier here" in capsys.readouterr().err


def test_roles_none_gives_the_rules_alone():
    from pipeline.cli import load_cached

    assert load_cached(None, None, "none").get_pipe("deal_events").roles is None


def test_train_roles_smoke_one_epoch_into_a_temporary_folder(tmp_path):
    """Keeps the training path alive: a few articles, one epoch, installed into a temporary folder."""
    from pipeline.cli import main
    from pipeline.components.deal_roles import LABELS, load_role_model
    from pipeline.learn.roles import install

    code = main(["train-roles", "--corpus", str(ROOT / "training" / "events"), "--limit", "12", "--epochs", "1",
                 "--output", str(tmp_path / "run"), "--no-install"])
    assert code == 0
    best = tmp_path / "run" / "model" / "model-best"
    # (a label is learnt from the articles where the rules read an event of its type: a few
    # articles may hold no takeover)
    assert "funding.investors" in load_role_model(best).labels
    assert set(load_role_model(best).labels) <= set(LABELS)
    target = install(best, tmp_path / "roles")
    # the features are hashed: the installed model carries no string table
    assert (target / "vocab" / "strings.json").read_text(encoding="utf-8").strip() == "[]"
    assert load_role_model(target).labels == load_role_model(best).labels


def test_train_roles_reports_a_missing_corpus(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["train-roles", "--corpus", str(tmp_path / "nothing"), "--output", str(tmp_path / "o"),
                 "--no-install"]) == 1
    assert "error: train-roles:" in capsys.readouterr().err
