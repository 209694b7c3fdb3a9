"""ORG and PRODUCT: curated patterns over the statistical NER, per the guideline."""

from __future__ import annotations

import pytest

from .conftest import SEEDS, spans_of

SEED_NAMES = [
    ("Anthropic", "ORG", "Anthropic"), ("Claude", "PRODUCT", "Claude"), ("Azure", "PRODUCT", "Azure"),
    ("Microsoft Foundry", "PRODUCT", "Microsoft Foundry"), ("GitHub Copilot", "PRODUCT", "GitHub Copilot"),
    ("Microsoft 365 Copilot", "PRODUCT", "Microsoft 365 Copilot"), ("Grace Blackwell", "PRODUCT", "Grace Blackwell"),
    ("Vera Rubin", "PRODUCT", "Vera Rubin"), ("Sonnet 4.5", "PRODUCT", "Claude Sonnet 4.5"),
    ("Opus 4.1", "PRODUCT", "Claude Opus 4.1"), ("Haiku 4.5", "PRODUCT", "Claude Haiku 4.5"),
]


@pytest.mark.parametrize("text,label,canonical", SEED_NAMES, ids=[n[0] for n in SEED_NAMES])
def test_entities_seed_names(nlp, text, label, canonical):
    import pipeline

    rec = pipeline.extract_text((SEEDS / "000_91ea438c95295eca.txt").read_text(encoding="utf-8"), nlp)
    found = {(s["text"], s["label"], s["norm"].get("id")) for s in rec["spans"]}
    assert (text, label, canonical) in found


@pytest.mark.parametrize("sentence,label,expected", [
    ("La consommation des centres de données atteint 1,5 % selon l'Agence internationale de l'énergie.", "ORG",
     [("Agence internationale de l'énergie", "Agence internationale de l'énergie")]),
    ("Selon l'AIE, la demande électrique double.", "ORG", [("AIE", "Agence internationale de l'énergie")]),
    ("Les modèles d'Anthropic arrivent sur Azure de Microsoft.", "ORG",
     [("Anthropic", "Anthropic"), ("Microsoft", "Microsoft")]),
    ("Les modèles d'Anthropic arrivent sur Azure de Microsoft.", "PRODUCT", [("Azure", "Azure")]),
    ("NVIDIA et la CNIL ont rencontré l'AMF.", "ORG",
     [("NVIDIA", "Nvidia"), ("CNIL", "Commission nationale de l'informatique et des libertés"),
      ("AMF", "Autorité des marchés financiers")]),
    ("Google a présenté le modèle Gemini face à GPT-4o.", "PRODUCT", [("Gemini", "Gemini"), ("GPT-4o", "GPT-4o")]),
    ("Google a présenté le modèle Gemini face à GPT-4o.", "ORG", [("Google", "Google")]),
    ("Nvidia livre la puce H100 et le système GB300 NVL72.", "PRODUCT",
     [("H100", "H100"), ("GB300 NVL72", "GB300 NVL72")]),
    ("Apple vend l'iPhone 17 Pro Max et Samsung le Galaxy S25 Ultra.", "PRODUCT",
     [("iPhone 17 Pro Max", "iPhone 17 Pro Max"), ("Galaxy S25 Ultra", "Galaxy S25 Ultra")]),
    ("Google dévoile Gemini 3 Flash, tandis qu'OpenAI publie GPT-5.1.", "PRODUCT",
     [("Gemini 3 Flash", "Gemini 3 Flash"), ("GPT-5.1", "GPT-5.1")]),
    ("Les utilisateurs de Samsung Galaxy S25 reçoivent One UI 8.", "PRODUCT",
     [("Samsung Galaxy S25", "Galaxy S25"), ("One UI 8", "One UI 8")]),
    ("Sonnet 4.5, Opus 4.1 et Haiku 4.5 sont disponibles.", "PRODUCT",
     [("Sonnet 4.5", "Claude Sonnet 4.5"), ("Opus 4.1", "Claude Opus 4.1"), ("Haiku 4.5", "Claude Haiku 4.5")]),
    ("La start-up Zorvanix a levé 12 millions d'euros auprès du fonds Kestrelle Partners.", "ORG",
     [("Zorvanix", "Zorvanix"), ("Kestrelle Partners", "Kestrelle Partners")]),
    ("Le géant de Redmond et la Bourse ont salué l'annonce de Washington.", "ORG", []),
    ("Le CAC 40 et le S&P 500 ont reculé, mais le Nasdaq a progressé.", "ORG", [("Nasdaq", "Nasdaq")]),
], ids=["aie-full", "aie-acronym", "elision-vendor-org", "product-de-vendor", "acronyms-case", "generic-head",
        "brand-as-company", "chip-heads", "versions-editions", "version-line", "vendor-prefix-id",
        "coordination", "kind-introduced", "descriptions-not-org", "indices-not-org"])
def test_entities_rules(extract, sentence, label, expected):
    assert [(t, n["id"]) for t, n in spans_of(extract(sentence), label)] == expected


def test_entities_unknown_startup_found_by_the_model_only(nlp, extract):
    sentence = "Hier, les actionnaires de Qovarlis Systems ont approuvé la fusion avec Microsoft."
    with nlp.select_pipes(disable=["entity_resolver"]):
        doc = nlp(sentence)
    ruler_texts = {s.text for s in doc.spans["rules"]}
    assert not any("Qovarlis" in t for t in ruler_texts)
    orgs = spans_of(extract(sentence, "2025-11-22"), "ORG")
    assert ("Qovarlis Systems", {"id": "Qovarlis Systems"}) in orgs and ("Microsoft", {"id": "Microsoft"}) in orgs


def test_entities_name_propagates_through_the_document(extract):
    text = ("La start-up Qovarlis a levé 20 millions d'euros. Qovarlis vise ensuite l'Allemagne, "
            "où Qovarlis recrute déjà.")
    orgs = [t for t, _ in spans_of(extract(text, "2025-11-22"), "ORG")]
    assert orgs == ["Qovarlis", "Qovarlis", "Qovarlis"]


@pytest.mark.parametrize("sentence,orgs", [
    ("Vaultrix a levé 10 millions d'euros auprès de Sequoia.", ["Vaultrix", "Sequoia"]),
    ("Nexora recrute 200 ingénieurs à Lyon.", ["Nexora"]),
    ("La France a annoncé un plan et Washington a signé un accord.", []),
], ids=["raised", "hires", "places-stay-places"])
def test_entities_unknown_company_read_as_place_by_the_model(extract, sentence, orgs):
    assert [t for t, _ in spans_of(extract(sentence, "2025-11-22"), "ORG")] == orgs
