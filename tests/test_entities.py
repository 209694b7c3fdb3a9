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
    # a title that holds a weekday is a name, not a date (stop 31, an opened real set)
    ("Lagardère possède Europe 1, le Journal du Dimanche et Paris Match.", "ORG",
     [("Lagardère", "Lagardère"), ("Europe 1", "Europe 1"), ("Journal du Dimanche", "Le Journal du dimanche"),
      ("Paris Match", "Paris Match")]),
    ("Lagardère possède Europe 1, le Journal du Dimanche et Paris Match.", "DATE", []),
    ("Le CAC 40 et le S&P 500 ont reculé, mais le Nasdaq a progressé.", "ORG", [("Nasdaq", "Nasdaq")]),
    ("Le tribunal judiciaire de Lyon a condamné Google, puis la cour d'appel de Versailles a tranché.", "ORG",
     [("tribunal judiciaire de Lyon", "tribunal judiciaire de Lyon"), ("Google", "Google"),
      ("cour d'appel de Versailles", "cour d'appel de Versailles")]),
    ("Le tribunal a tranché ; la cour a suivi à Paris.", "ORG", []),
    ("La Commission européenne a ouvert une enquête. Selon la Commission, l'autorité irlandaise a tardé.", "ORG",
     [("Commission européenne", "Commission européenne"), ("Commission", "Commission européenne")]),
    ("La Commission a tranché, puis l'Autorité a suivi.", "ORG", []),
    ("Le tribunal de commerce de Lyon a condamné Google. Le tribunal a aussi rejeté sa demande, et l'autorité locale "
     "s'est tue.", "ORG", [("tribunal de commerce de Lyon", "tribunal de commerce de Lyon"), ("Google", "Google"),
                           ("tribunal", "tribunal de commerce de Lyon")]),
    # a court named in full, whatever its kind, is one ORG (stop 20); after "un" it is described, no name
    ("Le tribunal des faillites du Delaware a validé la vente, puis le tribunal du district de Tagansky a jugé "
     "Google.", "ORG", [("tribunal des faillites du Delaware", "tribunal des faillites du Delaware"),
                        ("tribunal du district de Tagansky", "tribunal du district de Tagansky"), ("Google", "Google")]),
    ("Le tribunal Tagansky de Moscou a condamné Google.", "ORG",
     [("tribunal Tagansky de Moscou", "tribunal Tagansky de Moscou"), ("Google", "Google")]),
    ("La SEC a assigné Elon Musk devant un tribunal fédéral de Washington.", "ORG",
     [("SEC", "Securities and Exchange Commission")]),
    # an article in capitals mid-sentence belongs to the name
    ("La plainte a été déposée par La Quadrature du Net auprès de la CNIL.", "ORG",
     [("La Quadrature du Net", "La Quadrature du Net"), ("CNIL", "Commission nationale de l'informatique et des libertés")]),
    # a country is a place, however many words its name has; a first name written without its accent is one
    ("Orange rachète ses filiales au Burkina Faso, au Sénégal et en Côte d'Ivoire.", "ORG", [("Orange", "Orange")]),
    ("Selon Benoit Laflamme, la start-up ira loin. Andre Young a fondé Beats.", "ORG", [("Beats", "Beats")]),
    # a dash with a space on each side sets two names side by side (stop 21)
    ("Vivendi - Lagardère : une OPA amicale ? Le match Free - Orange continue en Auvergne-Rhône-Alpes.", "ORG",
     [("Vivendi", "Vivendi"), ("Lagardère", "Lagardère"), ("Free", "Free"), ("Orange", "Orange")]),
    # a role before a listed name describes a person; it is no longer name (stop 21)
    ("Didier Lombard, DG de France Telecom, a signé.", "ORG", [("France Telecom", "France Telecom")]),
    # a company named in full, then by its first words, keeps the full id; a name used before
    # a longer one is another company (stop 21)
    ("Québecor rachète Freedom à Rogers Communications et Shaw Communications. Rogers et Shaw fusionnent.", "ORG",
     [("Québecor", "Québecor"), ("Freedom", "Freedom"), ("Rogers Communications", "Rogers Communications"),
      ("Shaw Communications", "Shaw Communications"), ("Rogers", "Rogers Communications"),
      ("Shaw", "Shaw Communications")]),
    ("Cogeco vend ses actifs. Cogeco Communications garde le câble.", "ORG",
     [("Cogeco", "Cogeco"), ("Cogeco Communications", "Cogeco Communications")]),
    # a device named in the plural is its line (stop 21)
    ("Apple a vendu plus d'iPhones et d'iPads que prévu.", "PRODUCT", [("iPhones", "iPhone"), ("iPads", "iPad")]),
    # the usual written name is the id, as every real writer wrote it (stop 21)
    ("Sony et Altice saisissent l'Arcep ; Cap Gemini recrute à l'EPFL.", "ORG",
     [("Sony", "Sony"), ("Altice", "Altice"),
      ("Arcep", "Autorité de régulation des communications électroniques, des postes et de la distribution de la presse"),
      ("Cap Gemini", "Capgemini"), ("EPFL", "École polytechnique fédérale de Lausanne")]),
    # the francophone press named as a source or in a byline is an ORG (stop 21)
    ("Selon Jeune Afrique et Le Devoir, Orange vise le Nigeria, rapporte La Presse.", "ORG",
     [("Jeune Afrique", "Jeune Afrique"), ("Le Devoir", "Le Devoir"), ("Orange", "Orange"), ("La Presse", "La Presse")]),
    # first names of francophone Africa and the Maghreb are persons too (stop 21)
    ("Sakher El Matri a cédé ses parts à Orange, selon Moustapha Ndoye et Ryad Kramdi.", "ORG",
     [("Orange", "Orange")]),
    # a studio's city joins its company's name; a market's city does not
    ("Ubisoft achète THQ Montréal, et Eidos Montréal recrute. Le titre est coté sur Euronext Paris.", "ORG",
     [("Ubisoft", "Ubisoft"), ("THQ Montréal", "THQ Montréal"), ("Eidos Montréal", "Eidos Montréal"),
      ("Euronext", "Euronext")]),
    # a demonym used as a noun before a name stays out of it
    ("Le Singapourien Unabiz reprend Sigfox, et le Norvégien Schibsted rachète Leboncoin.", "ORG",
     [("Unabiz", "Unabiz"), ("Sigfox", "Sigfox"), ("Schibsted", "Schibsted"), ("Leboncoin", "Leboncoin")]),
    # a name ending in a capital letter before a full stop (a word of its own); a surname after a middle initial
    ("Microsoft sort la Xbox Series X. Elle coûte 499 euros.", "PRODUCT", [("Xbox Series X", "Xbox Series X")]),
    ("Ils relèveront de Michael E. Roach, président de CGI.", "ORG", [("CGI", "CGI")]),
], ids=["aie-full", "aie-acronym", "elision-vendor-org", "product-de-vendor", "acronyms-case", "generic-head",
        "brand-as-company", "chip-heads", "versions-editions", "version-line", "vendor-prefix-id",
        "coordination", "kind-introduced", "descriptions-not-org", "weekday-in-a-title",
        "weekday-in-a-title-no-date", "indices-not-org", "courts-in-full",
        "courts-by-head-noun-alone", "head-noun-after-full-name", "head-noun-never-named-in-full",
        "court-in-lower-case-after-full-name", "courts-of-any-kind", "court-name-before-city",
        "a-court-described", "capital-article-mid-sentence", "countries-are-places",
        "first-names-without-accents", "spaced-dash", "description-around-name", "short-name-after-full", "short-name-before-full", "plural-devices", "usual-names", "francophone-press", "african-first-names", "studio-city", "demonym-before-name", "name-ending-in-a-capital",
        "middle-initial"])
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


def _with_model_reading(nlp, text: str, word: str, labels: list[str]):
    """The pipeline's doc for ``text`` where the NER read each ``word`` with these labels."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "ner":
            at = [t.i for t in doc if t.text == word]
            assert len(at) == len(labels)
            doc.ents = [Span(doc, i, i + 1, label=lab) for i, lab in zip(at, labels)]
        else:
            doc = proc(doc)
    return doc


@pytest.mark.parametrize("labels,expected", [
    (["PRODUCT", "ORG", "ORG"], "ORG"),      # a headline read alone does not outvote the article
    (["ORG", "PRODUCT", "PRODUCT"], "PRODUCT"),
    (["ORG", "PRODUCT"], "ORG"),             # a tie: the first reading
    (["PRODUCT", "ORG"], "PRODUCT"),
], ids=["headline-outvoted", "majority-product", "tie-first-org", "tie-first-product"])
def test_entities_one_name_one_label_by_majority(nlp, labels, expected):
    text = " ".join(["Kerbalto, dix ans d'histoire.", "Kerbalto recrute à Nantes.",
                     "Kerbalto ouvre un bureau à Lille."][:len(labels)])
    doc = _with_model_reading(nlp, text, "Kerbalto", labels)
    assert [e.label_ for e in doc.ents if e.text == "Kerbalto"] == [expected] * len(labels)


@pytest.mark.parametrize("sentence,orgs", [
    # a listed name and the name an apposition gives, side by side, that the model reads as one
    # (stop 34, real opened sets)
    ("Parmi eux, le français Orange Digital Ventures, le fonds de capital-risque américain Accel ou encore "
     "Passion Capital.", ["Orange Digital Ventures", "Accel", "Passion Capital"]),
    # after "de", the first is another's name ("la spin-off du CEA Aledia": the CEA's spin-off, Aledia)
    ("À Grenoble, la spin-off du CEA Aledia poursuit ses discussions.", ["CEA", "Aledia"]),
    # the NER trained with the deal articles (stop 42) reads the technology as a company
    pytest.param("À Grenoble, la spin-off du CEA Aledia, le fabricant de micro-LED, poursuit ses discussions.",
                 ["CEA", "Aledia"], marks=pytest.mark.xfail(strict=True, reason="the trained NER's error: micro-LED")),
], ids=["listed-and-apposition", "after-de", "after-de-technology"])
def test_names_side_by_side_read_as_one(extract, sentence, orgs):
    assert [t for t, _ in spans_of(extract(sentence, "2025-11-22"), "ORG")] == orgs


@pytest.mark.parametrize("sentence,orgs", [
    ("Vaultrix a levé 10 millions d'euros auprès de Sequoia.", ["Vaultrix", "Sequoia"]),
    ("Nexora recrute 200 ingénieurs à Lyon.", ["Nexora"]),
    ("La France a annoncé un plan et Washington a signé un accord.", []),
], ids=["raised", "hires", "places-stay-places"])
def test_entities_unknown_company_read_as_place_by_the_model(extract, sentence, orgs):
    assert [t for t, _ in spans_of(extract(sentence, "2025-11-22"), "ORG")] == orgs


@pytest.mark.parametrize("sentence,word,kept", [
    ("Orbitale, qui conçoit des nanosatellites à Toulouse, a levé 20 millions d'euros.", "Orbitale", True),
    ("Boussole recrute 40 ingénieurs à Nantes.", "Boussole", True),
    ("Réactions : les syndicats dénoncent un plan trop brutal.", "Réactions", False),
    ("Montant : 20 millions d'euros, selon la presse.", "Montant", False),
], ids=["french-word-raises", "french-word-hires", "french-word-heading", "french-word-label"])
def test_a_french_word_acting_as_a_company_stays_a_name(nlp, sentence, word, kept):
    """The NER's ORG on a capitalised French word is dropped (a heading, a label), unless the
    word does what only a company does."""
    doc = _with_model_reading(nlp, sentence, word, ["ORG"])
    assert any(e.text == word and e.label_ == "ORG" for e in doc.ents) == kept


def _with_model_span(nlp, text: str, phrase: str, label: str):
    """The pipeline's doc for ``text`` where the NER read ``phrase`` (several words) with ``label``."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "ner":
            start = text.index(phrase)
            doc.ents = [doc.char_span(start, start + len(phrase), label=label)]
        else:
            doc = proc(doc)
    return doc


@pytest.mark.parametrize("sentence,phrase,kept", [
    ("Selon M. Brown, le studio recrute.", "M. Brown", False),
    ("Publié à 02:50 EST par la rédaction.", "02:50 EST", False),
    ("Microsoft vend la Xbox Series X à Paris.", "Xbox Series X", True),
], ids=["honorific-person", "time", "a-product"])
def test_what_no_product_name_holds(nlp, sentence, phrase, kept):
    """A person after an honorific, a time: the NER's PRODUCT there is dropped (stop 21)."""
    doc = _with_model_span(nlp, sentence, phrase, "PRODUCT")
    assert any(e.text == phrase and e.label_ == "PRODUCT" for e in doc.ents) == kept
