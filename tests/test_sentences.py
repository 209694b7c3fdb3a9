"""Sentence boundaries by rule (``rule_sentences``): full stops, question and exclamation
marks, ellipses and line breaks end a sentence; abbreviations, decimals and closing quotes
do not."""

import pytest


def _sents(nlp, text):
    doc = nlp.get_pipe("rule_sentences")(nlp.make_doc(text))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize("text, expected", [
    ("La start-up a levé 12 millions d'euros. Elle recrute quarante ingénieurs.",
     ["La start-up a levé 12 millions d'euros.", "Elle recrute quarante ingénieurs."]),
    ("Faut-il s'en inquiéter ? Les analystes sont partagés !",
     ["Faut-il s'en inquiéter ?", "Les analystes sont partagés !"]),
    ("Le marché attendait mieux… La maison mère confirme ses objectifs.",
     ["Le marché attendait mieux…", "La maison mère confirme ses objectifs."]),
    # a headline, a bullet and a paragraph end at their line break, punctuation or not
    ("Free relève ses prix\n\nL'opérateur a prévenu ses abonnés.",
     ["Free relève ses prix", "L'opérateur a prévenu ses abonnés."]),
    ("Les chiffres clés :\n- 3,2 milliards de chiffre d'affaires\n- 400 salariés",
     ["Les chiffres clés :", "- 3,2 milliards de chiffre d'affaires", "- 400 salariés"]),
    # a closing quote or bracket stays with the sentence it ends
    ("« Nous sommes ravis. » Le directeur général a ensuite détaillé le plan.",
     ["« Nous sommes ravis. »", "Le directeur général a ensuite détaillé le plan."]),
    ("Le titre a bondi (+12 %.) La veille, il avait reculé.",
     ["Le titre a bondi (+12 %.)", "La veille, il avait reculé."]),
])
def test_sentence_ends(nlp, text, expected):
    assert _sents(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "M. Dupont a rejoint la société en mars.",              # an abbreviation's full stop
    "Le chiffre d'affaires atteint 1.768 millions de dollars.",
    "L'action cote 12,5 euros, soit une hausse de 3,2 % sur la séance.",
    "Rendez-vous sur www.example.fr pour les détails.",
    "Il a cité Yahoo! parmi les pionniers du secteur.",
])
def test_no_sentence_end_inside(nlp, text):
    assert len(_sents(nlp, text)) == 1


def test_the_pipeline_uses_the_rules_not_the_models_senter(nlp):
    assert nlp.pipe_names[0] == "rule_sentences"
    assert "senter" not in nlp.pipe_names and "senter" not in nlp.disabled
