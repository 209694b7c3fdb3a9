"""Deal events (evaluation/ANNOTATION.md §2b) on French sentences written for these tests:
one table per type and role, negatives beside them."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-12"


def events_of(extract, text: str, published: str = PUBLISHED, etype: str | None = None) -> list[dict]:
    """The record's events with their roles as text; only those of ``etype`` when given."""
    record = extract(text, published)
    out = []
    for ev in record["events"]:
        roles = {}
        for role, value in ev["roles"].items():
            if isinstance(value, list) and (not value or isinstance(value[0], list)):
                roles[role] = [text[a:b] for a, b in value]
            elif isinstance(value, list):
                roles[role] = text[value[0]:value[1]]
            else:
                roles[role] = value
        out.append({"type": ev["type"], "trigger": text[ev["trigger"][0]:ev["trigger"][1]], **roles})
    return [e for e in out if etype is None or e["type"] == etype]


def assert_events(extract, text: str, etype: str, expected: list[dict]) -> None:
    """The events of ``etype``, in order, one per dict of ``expected``, each with those roles."""
    found = events_of(extract, text, etype=etype)
    assert len(found) == len(expected) and all(
        e[role] == value for e, roles in zip(found, expected) for role, value in roles.items()), found


def assert_one_event(extract, text: str, etype: str, expected: dict) -> None:
    found = events_of(extract, text, etype=etype)
    assert len(found) == 1, found
    for role, value in expected.items():
        assert found[0][role] == value, (role, found[0])


# ------------------------------------------------------------------ funding

@pytest.mark.parametrize("text, expected", [
    ("La start-up lyonnaise Carbonea lève 12 millions d'euros en série A auprès de Partech et d'Eurazeo.",
     {"company": "Carbonea", "amount": "12 millions d'euros", "round": "A", "investors": ["Partech", "Eurazeo"]}),
    ("Doctolib a bouclé mardi un tour de table de 40 millions d'euros mené par General Atlantic, avec Bpifrance.",
     {"company": "Doctolib", "amount": "40 millions d'euros", "investors": ["General Atlantic", "Bpifrance"],
      "date": "mardi"}),
    ("La fintech Qonto obtient 50 millions d'euros en amorçage auprès de Valar Ventures.",
     {"company": "Qonto", "round": "seed", "investors": ["Valar Ventures"]}),
    ("Pasqal a levé 100 millions d'euros lors d'une série B, qui la valorise 1 milliard d'euros.",
     {"company": "Pasqal", "amount": "100 millions d'euros", "round": "B", "valuation": "1 milliard d'euros"}),
    ("Nvidia investit 2 milliards de dollars dans Mistral AI.",
     {"company": "Mistral AI", "amount": "2 milliards de dollars", "investors": ["Nvidia"]}),
    # the gerund and the imperfect of the weaker verbs (stop 28, real sealed 36)
    ("Kervalo, qui aide les entreprises à gérer leurs flottes, avait fait mieux fin 2018, en obtenant 85 millions de "
     "dollars.", {"company": "Kervalo", "amount": "85 millions de dollars", "date": "fin 2018"}),
    ("À l'époque, Datavolt récoltait 12 millions d'euros auprès de Partech.",
     {"company": "Datavolt", "amount": "12 millions d'euros", "investors": ["Partech"]}),
    # what the company is between "dans" and its name; "y" for the company told of (stop 24)
    ("Québec annonce un investissement de 5 millions de dollars dans le studio de jeux vidéo québécois Datavolt.",
     {"company": "Datavolt", "amount": "5 millions de dollars"}),
    ("Datavolt accueille son premier investisseur étranger. Le fonds Kervalo Capital, par sa filiale Arbelo "
     "Partners, y investit 100 millions de dollars.",
     {"company": "Datavolt", "amount": "100 millions de dollars", "investors": ["Kervalo Capital", "Arbelo Partners"]}),
    ("Kervalo, qui a investi en février 15 millions d'euros dans Datavolt, ne fait pas partie de cette nouvelle "
     "levée de fonds.", {"company": "Datavolt", "amount": "15 millions d'euros", "investors": ["Kervalo"],
                         "date": "février"}),
    # "recueillir", "amasser", and the Canadian "ronde de financement"
    ("Datavolt recueille 14 millions de dollars auprès de Real Ventures.",
     {"company": "Datavolt", "amount": "14 millions de dollars", "investors": ["Real Ventures"]}),
    ("En 2019, Kervalo avait annoncé avoir amassé 200 millions de dollars.",
     {"company": "Kervalo", "amount": "200 millions de dollars", "date": "2019"}),
    ("Datavolt conclut une ronde de financement de 30 millions de dollars menée par Inovia.",
     {"company": "Datavolt", "amount": "30 millions de dollars", "investors": ["Inovia"]}),
    # "engranger", the press's verb for money brought in (stop 34, real opened sets)
    ("# Datavolt engrange 40 millions d'euros de plus", {"company": "Datavolt", "amount": "40 millions d'euros"}),
    ("La plateforme Kervalo avait déjà engrangé 6 millions d'euros auprès de Partech il y a sept mois.",
     {"company": "Kervalo", "amount": "6 millions d'euros", "investors": ["Partech"]}),
    # a past round told in the imperfect
    ("Il y a un an, Kervalo levait 100 millions de dollars pour accélérer à l'international.",
     {"company": "Kervalo", "amount": "100 millions de dollars", "date": "Il y a un an"}),
    ("En 2021, Datavolt bouclait un tour de 12 millions d'euros auprès d'Elaia.",
     {"company": "Datavolt", "amount": "12 millions d'euros", "investors": ["Elaia"], "date": "2021"}),
    # an elided cue runs straight into the name
    ("À Nantes, Sentalis a levé 9 millions d'euros en série A auprès d'Elaia et de Kima Ventures.",
     {"company": "Sentalis", "investors": ["Elaia", "Kima Ventures"]}),
    ("Recrutis obtient 1,8 million d'euros aux côtés d'Axeleo Capital.",
     {"company": "Recrutis", "investors": ["Axeleo Capital"]}),
    ("Kervalo lève 5 millions d'euros auprès de Partech, ainsi que de Bpifrance.",
     {"company": "Kervalo", "investors": ["Partech", "Bpifrance"]}),
    # a roundup's fronted clause: the company comes after the amount raised
    ("Avec 8,4 millions d'euros levés, Datavolt prend la tête du classement de la semaine.",
     {"company": "Datavolt", "amount": "8,4 millions d'euros"}),
    # other fronted clauses, the funding noun whole ("une levée de fonds de ...")
    ("Malgré une levée de fonds de 110 millions de dollars, Datavolt n'a pas suivi les précommandes.",
     {"company": "Datavolt", "amount": "110 millions de dollars"}),
    ("Forte d'une levée de 20 millions d'euros, Kervalo s'attaque au marché allemand.",
     {"company": "Kervalo", "amount": "20 millions d'euros"}),
    # "l'injection de N" of fresh capital is the company's round (stop 22)
    ("Le québécois Datavolt accélère après l'injection de 90 millions de dollars de nouveaux capitaux.",
     {"company": "Datavolt", "amount": "90 millions de dollars"}),
    # a roundup's ranking: "avec une opération de" states the round of the name before it
    ("Velmora se hisse à la deuxième place avec une opération de 11 millions d'euros réalisée auprès d'Elaia.",
     {"company": "Velmora", "amount": "11 millions d'euros", "investors": ["Elaia"]}),
    # the company after the participle: "la levée de 15 M€ bouclée par X"
    ("Le total est gonflé par la levée de 15 millions d'euros bouclée par Vaultrix, qui en pèse la moitié.",
     {"company": "Vaultrix", "amount": "15 millions d'euros"}),
    # the investor named by a pronoun; a partner after the deal is no investor
    ("Nvidia a publié mardi ses résultats. Il a aussi annoncé un investissement de 500 millions de dollars dans "
     "Kervalo, ainsi qu'un partenariat avec Uber.",
     {"company": "Kervalo", "amount": "500 millions de dollars", "investors": ["Nvidia"]}),
    # a verb in a relative clause or an infinitive opens no new deal: the list stays whole
    ("Dans la santé, Medivo finalise une série A de 9 millions d'euros avec Elaia et Partech, qui entre au capital.",
     {"company": "Medivo", "investors": ["Elaia", "Partech"]}),
    ("Voltaro a levé 40 millions d'euros auprès de Tikehau Capital et de la Banque des Territoires pour financer "
     "ses bornes.", {"company": "Voltaro", "investors": ["Tikehau Capital", "Banque des Territoires"]}),
    # the investors after a colon that names them as such (stop 26, real sealed 25)
    ("Voltaro a bouclé une levée de 5 millions d'euros auprès d'un pool d'investisseurs de prestige : Amadeus, "
     "Itochu Corporation et la Banque des Territoires.",
     {"company": "Voltaro", "investors": ["Amadeus", "Itochu Corporation", "Banque des Territoires"]}),
    # an investment named by its round is the round of its subject, as "une levée" is (stop 31, an
    # opened real set); one "dans" a company stays that company's
    ("Kervalo a annoncé mardi un investissement de série A de 20 millions d'euros.",
     {"company": "Kervalo", "amount": "20 millions d'euros", "round": "A"}),
    ("Datavolt annonce un investissement en série B de 8 millions d'euros dans Kervalo.",
     {"company": "Kervalo", "investors": ["Datavolt"]}),
    # a deal word in the next clause, with no subject of its own, leaves the round its amount
    # and date (stop 31, the training corpus)
    ("Kervalo a levé 3 millions d'euros l'an dernier et discute d'un rapprochement avec Datavolt.",
     {"company": "Kervalo", "amount": "3 millions d'euros", "date": "l'an dernier"}),
    ("Quintar a bouclé un tour de 12 millions d'euros en mars, puis étudie un rachat de Datavolt.",
     {"company": "Quintar", "amount": "12 millions d'euros", "date": "mars"}),
    # the next sentence, opening on the round, dates it in its first words (stop 39, opened21, the
    # hold-outs): not a date further on that tells something else
    ("InnovaFeed a réalisé une nouvelle levée de fonds de 250 millions d'euros. L'opération, annoncée mardi 20 "
     "septembre, porte à 450 millions d'euros le montant total collecté.",
     {"company": "InnovaFeed", "amount": "250 millions d'euros", "date": "mardi 20 septembre"}),
    ("Kervalo a levé 30 millions d'euros auprès de Partech. Le nouveau tour doit financer son usine de Poulainville, "
     "qui produira 100 000 tonnes à partir de 2027.",
     {"company": "Kervalo", "amount": "30 millions d'euros", "date": None}),
    # money received as financing or investment is a round (stop 44, rop1's real pages)
    ("Kervalo revendique son titre de licorne après avoir reçu quelque 290 millions d'euros de financements.",
     {"company": "Kervalo", "amount": "290 millions d'euros"}),
    ("Kervalo a reçu 12 millions d'euros de la part de Partech.",
     {"company": "Kervalo", "amount": "12 millions d'euros", "investors": ["Partech"]}),
    ("Kervalo a bénéficié de 12 millions d'euros de financements.",
     {"company": "Kervalo", "amount": "12 millions d'euros"}),
])
def test_funding_roles(extract, text, expected):
    assert_one_event(extract, text, "funding", expected)


@pytest.mark.parametrize("text, rnd", [
    # a word of round inside an investor's name is no round (stop 30, the training corpus)
    ("Kervalo a levé 80 millions de dollars auprès de Tiger Global et Exor Seeds.", None),
    ("Kervalo boucle un tour de 3 millions d'euros auprès de Bridgepoint.", None),
    ("Kervalo a levé 2 millions d'euros en seed auprès de Kima Ventures.", "seed"),
    ("Kervalo obtient un financement bridge de 5 millions d'euros auprès de Bpifrance.", "bridge"),
])
def test_the_round_is_not_read_inside_a_name(extract, text, rnd):
    (ev,) = events_of(extract, text, etype="funding")
    assert ev["round"] == rnd


def test_lead_investor_first(extract):
    text = "Alan lève 173 millions d'euros auprès de Temasek et d'Exor, dans un tour mené par Index Ventures."
    (ev,) = events_of(extract, text, etype="funding")
    assert ev["investors"][0] == "Index Ventures"
    text = "Pennylane lève 75 millions d'euros dans un tour emmené par Sequoia, avec DST Global."
    (ev,) = events_of(extract, text, etype="funding")
    assert ev["investors"][:1] == ["Sequoia"]


def test_a_person_is_no_investor(extract):
    text = "Stockfly obtient 2 millions d'euros auprès de Kima Ventures et de l'entrepreneur Julien Morel."
    (ev,) = events_of(extract, text, etype="funding")
    assert ev["investors"] == ["Kima Ventures"]


def test_valuation_is_not_the_amount(extract):
    text = "Valorisée 2 milliards de dollars, la société Lovable a levé 200 millions de dollars auprès d'Accel."
    (ev,) = events_of(extract, text, etype="funding")
    assert ev["amount"] == "200 millions de dollars"
    assert ev["valuation"] == "2 milliards de dollars"


def test_a_roundup_gives_one_event_per_round(extract):
    text = ("Sentryx lève 18 millions d'euros auprès d'Elaia. Nuvia Santé a obtenu 4,5 millions d'euros auprès "
            "de Newfund. Papyrus AI a levé 1,2 million d'euros auprès de Kima Ventures.")
    funding = events_of(extract, text, etype="funding")
    assert [e["amount"] for e in funding] == ["18 millions d'euros", "4,5 millions d'euros", "1,2 million d'euros"]


@pytest.mark.parametrize("text, investors", [
    ("Les start-up ont levé 80 millions d'euros. Avec un tour de table à 9 millions de dollars (8 millions d'euros), "
     "Datavolt conclut la levée la plus importante de la semaine. Elaia, Partech et Serena ont tous participé à "
     "l'opération.", ["Elaia", "Partech", "Serena"]),
    ("Les start-up ont levé 62 millions d'euros. Avec 9,3 millions d'euros levés, Datavolt occupe la première place. "
     "La deeptech a bouclé son premier tour de table grâce au soutien d'Innovacom, de Bpifrance et de Sofimac.",
     ["Innovacom", "Bpifrance", "Sofimac"]),
    ("Datavolt a annoncé avoir réalisé une levée de fonds en série E de 450 millions d'euros, notamment grâce à "
     "l'entrée de Sprints Capital.", ["Sprints Capital"]),
    # a clause on the investor's past ("connu pour avoir investi chez ...") states no round of its own
    ("Datavolt a annoncé une levée de fonds de 45 millions d'euros grâce à l'entrée d'Eurazeo (connu pour avoir "
     "investi chez Kervalo).", ["Eurazeo"]),
    ("Datavolt est en train de lever 160 millions de dollars. Le fonds américain Insight Venture Partners mène le "
     "tour de table.", ["Insight Venture Partners"]),
    # "fonds d'investissement", "capital-investissement": what an investor is, no round of its own
    ("Datavolt a levé 178 millions d'euros auprès du groupe de luxe Kering et du fonds d'investissement "
     "américain Tiger Global Management.", ["Kering", "Tiger Global Management"]),
    ("Datavolt boucle 20 millions d'euros auprès d'Elaia et de la société de capital-investissement Eurazeo.",
     ["Elaia", "Eurazeo"]),
    # a first cue that names nobody ("levée de fonds") leaves the next one its list (stop 27, real sealed 32)
    ("Datavolt a bouclé une levée de fonds de 300 millions de dollars (environ 257 millions d'euros), lors d'une "
     "opération menée par le fonds Permira Advisers.", ["Permira Advisers"]),
    # "un tour de" and its amount is a round, like "une ronde de" (stop 29, holdout 3)
    ("La fintech Datavolt annonce un tour de 6 millions d'euros mené par Serena.", ["Serena"]),
    # the participle agrees with the millions: "menés", "conduits", "codirigés" (stop 29)
    ("Datavolt a levé 35 millions d'euros, menés par Partech, avec Elaia.", ["Partech", "Elaia"]),
    ("Datavolt a levé 12 millions de dollars, codirigés par Eurazeo et Elaia.", ["Eurazeo", "Elaia"]),
])
def test_more_ways_of_naming_investors(extract, text, investors):
    (ev,) = events_of(extract, text, etype="funding")
    assert ev["company"] == "Datavolt" and ev["investors"] == investors


def test_investors_named_in_the_next_sentences(extract):
    text = ("Kervalo lève 20 millions d'euros en série A. Le tour réunit Partech et Elaia, ainsi que Bpifrance. "
            "Julien Morel, ancien patron de Google, y participe à titre personnel.")
    (ev,) = events_of(extract, text, etype="funding")
    assert ev["investors"] == ["Partech", "Elaia", "Bpifrance"]


@pytest.mark.parametrize("follow_up, investors", [
    # stop 22: the lead named as such, and funds that put money "dans l'entreprise"
    ("L'investisseur principal est Dravonne Ventures, de San Francisco.", ["Dravonne Ventures"]),
    ("Les sociétés de capital-risque Partech et Elaia ont investi dans l'entreprise.", ["Partech", "Elaia"]),
    # a fund investing elsewhere completes nothing
    ("Partech a investi dans la pépite lyonnaise Sylquor l'an dernier, sans Kervalo.", []),
    # the leads told before the round (stop 26, real sealed 25)
    ("Menée par le fonds israélien Dravonne Ventures et les Japonais de Hitachi Ventures, la série B tout juste "
     "clôturée a séduit d'autres fonds.", ["Dravonne Ventures", "Hitachi Ventures"]),
    # where the money comes from, and who is among the backers (stop 27, real sealed 29)
    ("Ces fonds proviennent pour l'instant de trois investisseurs : Partech, Elaia et Idinvest.",
     ["Partech", "Elaia", "Idinvest"]),
    ("Parmi eux, le français Partech et le fonds américain Elaia.", ["Partech", "Elaia"]),
    # "tels que" lists, it compares nothing (stop 27, real sealed 32)
    ("On retrouve les investisseurs historiques de l'entreprise, tels que Partech, Elaia et Idinvest.",
     ["Partech", "Elaia", "Idinvest"]),
    # (customers "parmi lesquels" are none)
    ("Elle revendique une quarantaine de clients, parmi lesquels Safran et Stellantis.", []),
    # a name that took part in the round named after it, in the active voice (stop 28, real sealed 39)
    ("Le constructeur automobile Datavolt a mené le tour de table.", ["Datavolt"]),
    ("Le groupe chinois Partech, déjà au capital depuis 2017, a participé de nouveau au tour de table.", ["Partech"]),
    ("Le fonds Elaia a mené le tour de table aux côtés de Partech et d'Idinvest.", ["Elaia", "Partech", "Idinvest"]),
    # "y ont pris part"; a news outlet quoted is none (stop 28, real sealed 39)
    ("Les deux fonds suisses Partech et Elaia y ont également pris part.", ["Partech", "Elaia"]),
    ("« Nos investisseurs ont tous participé », a affirmé au site TechCrunch son fondateur.", []),
    # a sentence of the round itself names who is in it, with no verb of taking part (stop 29)
    ("Le tour de table a été réalisé avec le fonds britannique Elaia, rejoint par Partech et Idinvest.",
     ["Elaia", "Partech", "Idinvest"]),
    ("La banque publique Bpifrance et le fonds Elaia ont monté ce nouveau tour de table.", ["Bpifrance", "Elaia"]),
    ("Le financement a été codirigé par Partech et par le fonds Elaia.", ["Partech", "Elaia"]),
    # ... up to what the money is for or whom the company is compared with; a person's role
    ("Ce financement doit lui permettre de rivaliser avec Datavolt et Sylquor.", []),
    ("Cette opération la place devant ses concurrents Datavolt et Sylquor.", []),
    ("« Tout s'est joué en un mois », a précisé sur l'opération le directeur financier de la start-up Julien Morel.", []),
])
def test_investors_named_after_the_round(extract, follow_up, investors):
    text = "La start-up montréalaise Kervalo annonce avoir complété une ronde de financement de 600 000 $. " + follow_up
    found = [e for e in events_of(extract, text, etype="funding") if e["company"] == "Kervalo"]
    assert len(found) == 1 and found[0]["investors"] == investors, found


_ASIDES = ("Son service compte déjà des milliers d'utilisateurs. Ses fondateurs se sont rencontrés à l'université. "
           "Le marché visé reste très concurrentiel. Les recrutements vont se poursuivre. "
           "Son siège reste installé à Lyon. ")


@pytest.mark.parametrize("last, investors", [
    # five sentences on, one that names the round again still names its investors (stop 29) ...
    ("Le tour de table a été mené par le fonds Elaia et par Partech.", ["Elaia", "Partech"]),
    ("L'opération a été conduite avec Elaia et Partech.", ["Elaia", "Partech"]),
    # ... a verb of taking part alone, that far, no longer does
    ("Elaia et Partech y participent.", []),
])
def test_investors_named_far_after_the_round(extract, last, investors):
    text = "La start-up Kervalo annonce une levée de fonds de 12 millions d'euros. " + _ASIDES + last
    found = [e for e in events_of(extract, text, etype="funding") if e["company"] == "Kervalo"]
    assert len(found) == 1 and found[0]["investors"] == investors, found


def test_a_round_named_to_compare_is_not_the_one_told_on(extract):
    text = ("La start-up Kervalo a récolté 650 millions de dollars. Un montant plus élevé que les 484 millions de "
            "dollars levés en 2019 par Datavolt. Ce tour de table a été emmené par le fonds Partech.")
    rounds = [(e["company"], e["amount"], e["date"], e["investors"]) for e in events_of(extract, text, etype="funding")]
    assert rounds == [("Kervalo", "650 millions de dollars", None, ["Partech"]),
                      ("Datavolt", "484 millions de dollars", "2019", [])]


@pytest.mark.parametrize("second", [
    # a company named again by its kind: the one the article tells of (anaphora in deals.json)
    "Mardi 28 juillet, la firme a annoncé avoir levé 53 millions d'euros auprès de Partech.",
    "Voici quelques jours, cette start-up franco-belge a annoncé une levée de fonds de 53 millions d'euros.",
    "La société a annoncé mardi avoir levé 53 millions d'euros auprès de Partech.",
    # "rassembler" N like "réunir" N (stop 26, real sealed 25)
    "C'est le cas de la société, qui a rassemblé pas moins de 53 millions d'euros auprès d'un investisseur privé.",
    # "le champion ...", "le fabricant ...", "le leader ..." (stop 26, real sealed 23)
    "Ce 17 janvier, le champion français de la robotique devient une licorne à la faveur d'une levée de fonds de "
    "53 millions d'euros.",
    "Le fabricant lyonnais a bouclé un tour de table de 53 millions d'euros.",
])
def test_a_round_told_of_the_company_named_before(extract, second):
    found = events_of(extract, "Kervalo revient en force sur le marché des objets connectés. " + second, etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == [("Kervalo", "53 millions d'euros")], found


def test_a_round_stated_without_its_amount(extract):
    """§4: an event needs its main party, not its amount; the verb must say money was raised."""
    text = "En France, Kervalo a aussi levé des fonds cette année, selon son dirigeant."
    (ev,) = events_of(extract, text, etype="funding")
    assert (ev["company"], ev["amount"], ev["date"]) == ("Kervalo", None, "cette année")
    for text in ("Kervalo prévoit de lever des fonds l'an prochain.",
                 "Les start-up françaises ont levé des fonds cette année.",
                 "Kervalo a levé le voile sur sa nouvelle application."):
        assert events_of(extract, text, etype="funding") == [], text


@pytest.mark.parametrize("text, companies", [
    # another company's round of the same size told with a weak verb is its own (stop 40)
    ("Avanan a collecté 25 millions de dollars. Kervalo a décroché elle aussi 25 millions de dollars.",
     ["Avanan", "Kervalo"]),
    ("Datavolt a levé 10 millions d'euros en mars. Hexalune a bouclé un tour de 10 millions d'euros.",
     ["Datavolt", "Hexalune"]),
    # the same round restated: one event, the headline's name in capitals and the body's alike
    ("OPALINE SYSTEMS LÈVE 30 MILLIONS\n\nOpaline Systems boucle une série B de 30 millions d'euros.",
     ["OPALINE SYSTEMS"]),
])
def test_a_round_of_the_same_size_is_another_companys(extract, text, companies):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == companies


def test_a_repeated_round_is_one_event(extract):
    text = ("Hexalune lève 35 millions d'euros\n\nLa start-up Hexalune a annoncé jeudi une levée de 35 millions "
            "d'euros en série B, menée par Partech.")
    funding = events_of(extract, text, etype="funding")
    assert len(funding) == 1
    assert funding[0]["round"] == "B" and funding[0]["investors"] == ["Partech"]


@pytest.mark.parametrize("text, etype", [
    # the amount told again with fewer figures, rounded: one fine, one takeover (stop 31, real sealed 49)
    ("La Commission européenne a infligé lundi à Kervalo une amende de 1,84 milliard d'euros. « Nous avons "
     "infligé à Kervalo une amende de plus de 1,8 milliard d'euros », a indiqué la commissaire.", "fine"),
    ("La CNIL a infligé à Datavolt une amende de 32,4 millions d'euros. Datavolt conteste la sanction de 32 "
     "millions d'euros infligée par la CNIL.", "fine"),
    ("Quintar rachète Kervalo pour 2,73 milliards d'euros. Quintar paiera environ 2,7 milliards d'euros pour "
     "racheter Kervalo.", "acquisition"),
    # the amount told in another major currency (stop 32, real sealed 54)
    ("La Commission européenne inflige à Kervalo une amende de près de 3 milliards de dollars. La Commission "
     "a annoncé vendredi infliger une amende de 2,95 milliards d'euros à Kervalo.", "fine"),
    ("Quintar rachète Kervalo pour 34 milliards de dollars. L'opération valorise Kervalo à 30 milliards "
     "d'euros ; Quintar paiera 30 milliards d'euros pour racheter Kervalo.", "acquisition"),
])
def test_a_deal_told_again_with_a_rounded_amount_is_one_event(extract, text, etype):
    assert len(events_of(extract, text, etype=etype)) == 1


@pytest.mark.parametrize("text, etype", [
    # far apart in another currency, or in a currency whose rate is far from the euro's: two deals
    ("La Commission a infligé à Kervalo une amende de 3 milliards de dollars. En 2019, la CNIL avait infligé à "
     "Kervalo une amende de 500 millions d'euros.", "fine"),
    ("L'ARTCI a infligé à Kervalo une amende de 3 milliards FCFA. En 2019, la CNIL avait infligé à Kervalo une "
     "amende de 3 milliards d'euros.", "fine"),
])
def test_a_deal_in_another_currency_far_apart_is_another(extract, text, etype):
    assert len(events_of(extract, text, etype=etype)) == 2


@pytest.mark.parametrize("text, expected", [
    # a total that names one round after "dont" tells that round: its amount, date and investors
    # (the training corpus's company stories)
    ("Fondée en 2017, Kervalo avait levé au total plus de 170 millions d'euros, dont un tour de 80 millions de "
     "dollars en septembre 2021 mené par Partech et Elaia.",
     [("Kervalo", "80 millions de dollars", "septembre 2021", ["Partech", "Elaia"])]),
    ("Datavolt a levé 2,2 millions d'euros depuis sa création, dont 1,5 million en juillet auprès de Kima "
     "Ventures.", [("Datavolt", "1,5 million", "juillet", ["Kima Ventures"])]),
    # a round's own breakdown after "dont" is part of it; a total alone tells no round
    ("Datavolt a levé 30 millions d'euros, dont 10 millions de dette.", [("Datavolt", "30 millions d'euros", None, [])]),
    ("Depuis sa création, Kervalo a levé 45 millions d'euros au total.", []),
])
def test_a_totals_one_round(extract, text, expected):
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["amount"], e["date"], e["investors"]) for e in found] == expected


@pytest.mark.parametrize("text, company", [
    # an apposition that opens after the company and closes right before the verb: the names in it
    # describe the company, though words follow them before the closing comma (training/events' barometers)
    ("Kervalo, doyenne des start-up de Sophia avec ses 28 ans, toujours engagée sur la route de son premier "
     "médicament, a décroché 3 millions d'euros en juin.", "Kervalo"),
    ("Créé en 2018, le toulousain Datavolt, éditeur d'une solution BtoB qui optimise les parcours clients, a "
     "levé 65 millions d'euros auprès de Summit Partners.", "Datavolt"),
    # a name that opens the clause after the comma is the subject
    ("Selon le baromètre publié par Kervalo en juin, Datavolt a levé 65 millions d'euros.", "Datavolt"),
])
def test_a_long_apposition_describes_the_company(extract, text, company):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == [company]


def test_a_total_of_fines_stays_a_total(extract):
    # a total's one round is the rounds' rule alone: a total of fines is no fine of its whole amount
    text = "La CNIL a infligé au total 50 millions d'euros d'amendes cette année, dont 20 millions à Kervalo."
    assert events_of(extract, text, etype="fine") == []


def test_two_rounds_with_alike_amounts_stay_two(extract):
    text = ("Kervalo avait levé 1,8 million d'euros en 2021 auprès de Kima Ventures. Kervalo lève 1,84 million "
            "d'euros auprès de Partech.")
    assert len(events_of(extract, text, etype="funding")) == 2


@pytest.mark.parametrize("text", [
    "Selon Les Echos, la néobanque Finaly serait en discussions pour lever 80 millions d'euros.",
    "Qonto envisage de lever 100 millions d'euros l'an prochain.",
    "Depuis sa création, Doctolib a levé 500 millions d'euros au total.",
    "Sur le semestre, les start-up de la French Tech ont levé 3,8 milliards d'euros, selon EY.",
    "Microsoft investit 4 milliards d'euros dans ses centres de données en France.",
    "Capgemini décroche un contrat de 200 millions d'euros auprès d'Airbus.",
    # "une série d'amendes" is no round D
    "Kervalo a reçu une série d'amendes de 2 millions d'euros.",
    # a market between the noun and a name is no company's kind
    "Une levée de 12 millions d'euros pour le marché européen Datavolt.",
    # money injected into an economy or a sector is no round (stop 22)
    "La BCE a annoncé une injection de 500 milliards d'euros dans l'économie européenne.",
    # "rassembler" its teams or its users is no round
    "Kervalo a rassemblé ses équipes à Lyon pour présenter 3 millions de nouveaux abonnés.",
    # a tour that is no round: a trip, a lap (stop 29)
    "Le patron de Kervalo a fait un tour de 3 jours en Asie pour présenter ses produits.",
    # money received that is not raised: a grant, a payment
    "Kervalo a reçu 12 millions d'euros de subventions publiques.",
    "Kervalo a reçu 3 millions d'euros d'indemnités de son assureur.",
    # an investor's own fund, raised from its backers, is no round (stop 48)
    "Partech boucle un nouveau fonds de 400 millions d'euros pour financer des start-up en série A.",
    "Le fonds Elaia a levé 150 millions d'euros pour son quatrième fonds d'amorçage.",
    "Kima Ventures lève son deuxième véhicule d'investissement, doté de 80 millions d'euros.",
])
def test_funding_negatives(extract, text):
    assert events_of(extract, text, etype="funding") == []


@pytest.mark.parametrize("text, expected", [
    # "des fonds", a fund that invests, and own funds are a company's round
    ("Kervalo a levé des fonds auprès de Partech.", [{"company": "Kervalo", "investors": ["Partech"]}]),
    ("Kervalo lève 5 millions d'euros avec le fonds Partech.",
     [{"company": "Kervalo", "amount": "5 millions d'euros", "investors": ["Partech"]}]),
    ("Kervalo lève 5 millions d'euros auprès d'un fonds américain.",
     [{"company": "Kervalo", "amount": "5 millions d'euros"}]),
    ("Kervalo a levé 5 millions d'euros de fonds propres.", [{"company": "Kervalo", "amount": "5 millions d'euros"}]),
])
def test_a_fund_beside_a_round_leaves_it_a_round(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # rounds given to names after the verb, each its amount in brackets right after the noun (stop 27,
    # real sealed 36)
    ("Les deux plus gros tours de table (500 millions d'euros chacun) ont été attribués à Datavolt et Kervalo.",
     [("Datavolt", "500 millions d'euros"), ("Kervalo", "500 millions d'euros")]),
    # an amount in brackets after another amount converts it
    ("Kervalo a levé 300 millions de dollars (257 millions d'euros).", [("Kervalo", "300 millions de dollars")]),
    # names before the verb and as many amounts after it: paired in order, as with `respectivement` (stop 44)
    ("Kervalo et Datavolt ont levé 5 millions d'euros et 8 millions d'euros.",
     [("Kervalo", "5 millions d'euros"), ("Datavolt", "8 millions d'euros")]),
    # so does one after `soit` right after it; a `soit` with no amount before it gives the amount (stop 44)
    ("Kervalo a levé 300 millions de dollars, soit 257 millions d'euros.", [("Kervalo", "300 millions de dollars")]),
    ("Kervalo a bouclé son plus gros tour de table, soit 40 millions d'euros.", [("Kervalo", "40 millions d'euros")]),
])
def test_rounds_given_to_names(extract, text, expected):
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == expected


def test_a_round_announced_then_its_amount(extract):
    found = events_of(extract, "L'éditeur de jeux mobiles Datavolt en profite : la licorne a annoncé vendredi une "
                      "nouvelle levée de fonds auprès de Kervalo Capital. Le fonds s'engage à investir 120 millions "
                      "d'euros, soit une valorisation de 900 millions d'euros.", etype="funding")
    assert [(e["company"], e["amount"], e["valuation"]) for e in found] == [
        ("Datavolt", "120 millions d'euros", "900 millions d'euros")]


def test_a_sector_total_after_a_round_is_not_its_amount(extract):
    found = events_of(extract, "Datavolt et Kervalo ont aussi levé des fonds cette année. Selon Dealroom, les start-up "
                      "européennes ont levé 20 milliards de dollars au premier semestre.", etype="funding")
    assert all(e["amount"] is None for e in found), found


@pytest.mark.parametrize("text", [
    # a data provider or a newsroom that counts rounds raises none (stop 34, real opened sets; not_parties)
    "Le JDN a levé le voile sur son baromètre : 4 milliards d'euros levés en 2023 par les start-up.",
    "WeeTracker a compté 40 levées de fonds au premier semestre, pour 1,2 milliard de dollars.",
])
def test_who_counts_rounds_raises_none(extract, text):
    assert events_of(extract, text, etype="funding") == []


def test_a_fines_verb_and_noun_state_one_fine(extract):
    found = events_of(extract, "L'Union européenne a condamné hier Apple à une amende de 1,8 milliard d'euros pour des "
                      "pratiques anticoncurrentielles envers Spotify.", etype="fine")
    assert [(e["authority"], e["target"], e["amount"]) for e in found] == [
        ("Union européenne", "Apple", "1,8 milliard d'euros")]


@pytest.mark.parametrize("text, expected", [
    # a list after a colon, each amount "pour" the company that raised it
    ("Le mois a compté trois méga-levées de fonds : 150 millions d'euros pour la plateforme de paie Datavolt, "
     "120 millions d'euros pour le spécialiste lyonnais de la logistique Kervalo et 110 millions pour Veltrapay.",
     [("Datavolt", "150 millions d'euros"), ("Kervalo", "120 millions d'euros"), ("Veltrapay", "110 millions")]),
    # a list of three that opens its sentence needs no roundup word; the month after a name is its
    # round's (stop 32, real sealed 53)
    ("Les jeunes pousses industrielles enchaînent les levées.\n\n90 millions d'euros pour Datavolt en mars 2024, "
     "60 millions d'euros pour Kervalo en janvier 2024, 40 millions d'euros pour Veltrapay en avril 2024… "
     "Le secteur attire.",
     [("Datavolt", "90 millions d'euros"), ("Kervalo", "60 millions d'euros"), ("Veltrapay", "40 millions d'euros")]),
    ("Les levées s'enchaînent.\n\n90 millions d'euros pour Datavolt, 60 millions d'euros pour Kervalo. Le secteur attire.",
     []),
    # what the money is for is no company; one item alone is no list
    ("La levée de fonds sera répartie : 3 millions d'euros pour la recherche, 2 millions pour le marketing.", []),
    ("Les levées de fonds du mois : 40 millions d'euros pour Datavolt, dont la moitié en dette.", []),
])
def test_a_roundups_amounts_for_names(extract, text, expected):
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == expected


def test_a_listed_rounds_month_follows_its_name(extract):
    text = ("Les jeunes pousses industrielles enchaînent les levées.\n\n90 millions d'euros pour Datavolt en mars "
            "2024, 60 millions d'euros pour Kervalo en janvier 2024, 40 millions d'euros pour Veltrapay. Le secteur attire.")
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["date"]) for e in found] == [
        ("Datavolt", "mars 2024"), ("Kervalo", "janvier 2024"), ("Veltrapay", None)]


@pytest.mark.parametrize("text, expected", [
    # rounds that share the verb of the round before them, each a name and an amount (stop 32,
    # real sealed 53)
    ("Datavolt a levé 40 millions d'euros en avril, Kervalo, 25 millions d'euros en septembre, et Veltrapay, "
     "12 millions d'euros en juillet.",
     [("Datavolt", "40 millions d'euros", "avril"), ("Kervalo", "25 millions d'euros", "septembre"),
      ("Veltrapay", "12 millions d'euros", "juillet")]),
    ("Kervalo a levé 8 millions d'euros, puis Datavolt, 5 millions d'euros.",
     [("Kervalo", "8 millions d'euros", None), ("Datavolt", "5 millions d'euros", None)]),
    # a name after the round that says something else is no round
    ("Kervalo a levé 8 millions d'euros, Datavolt, qui emploie 40 personnes, a ouvert un site.",
     [("Kervalo", "8 millions d'euros", None)]),
    ("Kervalo a levé 8 millions d'euros, Datavolt restant son principal client.",
     [("Kervalo", "8 millions d'euros", None)]),
])
def test_gapped_rounds_share_the_verb(extract, text, expected):
    found = events_of(extract, text, published="2024-12-20", etype="funding")
    assert [(e["company"], e["amount"], e["date"]) for e in found] == expected


def test_a_rivals_round_in_a_fronted_clause_is_not_the_subjects(extract):
    assert events_of(extract, "Après la levée de 110 millions d'euros de son concurrent, Kervalo a réagi.",
                     etype="funding") == []


def test_a_sectors_sum_in_brackets_is_no_round(extract):
    assert events_of(extract, "Suivent les levées de la mobilité (6,85 millions d'euros en 3 opérations) et de la "
                     "PropTech (3,5 millions en une opération).", etype="funding") == []


@pytest.mark.parametrize("text, published, dates", [
    # the week reviewed, stated in a sentence of its own, dates the rounds after it
    ("Les jeunes pousses françaises ont récolté 48 millions d'euros cette semaine, contre 90 millions la semaine "
     "dernière. Datavolt lève 20 millions d'euros auprès de Partech. Kervalo a bouclé un tour de 6 millions d'euros.",
     "2025-06-13", ["cette semaine", "cette semaine"]),
    # a monthly review published early in the next month; a round with its own day keeps it
    ("En mai, 41 opérations ont permis aux start-up de lever 610 millions d'euros. Datavolt a levé mardi 20 millions "
     "d'euros. Kervalo lève 6 millions d'euros auprès d'Elaia.", "2025-06-04", ["mardi", "mai"]),
    # the week compared with is not the roundup's, nor is a month long past
    ("Le total est en baisse par rapport à la semaine dernière. Datavolt lève 20 millions d'euros. Kervalo a "
     "bouclé un tour de 6 millions d'euros.", "2025-06-13", [None, None]),
    ("En février, Datavolt avait changé de directeur. Datavolt lève 20 millions d'euros. Kervalo a bouclé un tour "
     "de 6 millions d'euros.", "2025-06-13", [None, None]),
    # a quarterly barometer published in the next quarter; a quarter long past is not its period
    ("Au deuxième trimestre 2025, les start-up lyonnaises ont levé 80 millions d'euros en douze opérations. "
     "Datavolt a levé 20 millions d'euros. Kervalo a bouclé un tour de 6 millions d'euros.", "2025-07-09",
     ["deuxième trimestre 2025", "deuxième trimestre 2025"]),
    ("Au premier trimestre 2024, le groupe avait recruté. Datavolt lève 20 millions d'euros. Kervalo a bouclé un "
     "tour de 6 millions d'euros.", "2025-07-09", [None, None]),
    # a half-year's review, published in the half after it; a half long past is not its period
    ("Au premier semestre 2025, les start-up bretonnes ont levé 95 millions d'euros. Datavolt a levé 20 millions "
     "d'euros. Kervalo a bouclé un tour de 6 millions d'euros.", "2025-07-21",
     ["premier semestre 2025", "premier semestre 2025"]),
    ("Au premier semestre 2023, le groupe avait recruté. Datavolt lève 20 millions d'euros. Kervalo a bouclé un "
     "tour de 6 millions d'euros.", "2025-07-21", [None, None]),
    # one round told in a roundup that counts the month's rounds; a single story's month is no period
    ("Dix opérations ont été enregistrées en août. Une seule levée dépasse les 10 millions d'euros, celle de "
     "Datavolt (50 millions d'euros).", "2021-09-01", ["août"]),
    ("En août, Datavolt a recruté vingt ingénieurs. Datavolt lève 20 millions d'euros auprès de Partech.",
     "2021-09-01", [None]),
    # a date in a concessive clause dates what it concedes, not the round (stop 27, real sealed 23)
    ("Le mois d'avril marque le retour des grosses levées. Alors que la French Tech n'avait pas connu de méga-tours en "
     "février et en mars, Datavolt et Kervalo ont respectivement levé 200 millions et 135 millions d'euros.",
     "2024-05-02", ["avril", "avril"]),
    # "alors que" is no comparison: the month it names is the roundup's (stop 27, real sealed 23)
    ("Alors que ce mois de juillet peut être vu comme celui du réajustement, trois deals ressortent. Datavolt lève 20 "
     "millions de dollars, Kervalo a bouclé un tour de 6 millions de dollars.", "2024-08-07", ["juillet", "juillet"]),
    ("Plus qu'en juillet, les start-up ont levé des fonds. Datavolt lève 20 millions de dollars, Kervalo a bouclé un "
     "tour de 6 millions de dollars.", "2024-08-07", [None, None]),
    # "ne ... que" before the week's total restricts it, it compares nothing (stop 47, training/events_extra)
    ("Les jeunes pousses n'ont réuni que 15,95 millions d'euros cette semaine, en neuf opérations. Datavolt lève 7,5 "
     "millions d'euros auprès de Partech. Kervalo a bouclé un tour de 2 millions d'euros.", "2018-04-06",
     ["cette semaine", "cette semaine"]),
    ("Les jeunes pousses ont levé moins que la semaine dernière. Datavolt lève 7,5 millions d'euros auprès de "
     "Partech. Kervalo a bouclé un tour de 2 millions d'euros.", "2018-04-06", [None, None]),
    # the days of the week reviewed, as a range, are its week (stop 31, the training corpus's weekly reviews)
    ("Voici les tours de table annoncés du lundi 2 au vendredi 6 mars. Datavolt lève 20 millions d'euros auprès de "
     "Partech. Kervalo a bouclé un tour de 6 millions d'euros.", "2026-03-06",
     ["lundi 2 au vendredi 6 mars", "lundi 2 au vendredi 6 mars"]),
    ("Quinze opérations ont été recensées du 9 au 13 novembre. Datavolt lève 20 millions d'euros. Kervalo a "
     "bouclé un tour de 6 millions d'euros.", "2026-11-14", ["9 au 13 novembre", "9 au 13 novembre"]),
    # a range across two weeks, or one long past, is no week reviewed
    ("Le salon s'est tenu du 20 au 27 février. Datavolt lève 20 millions d'euros. Kervalo a bouclé un tour de 6 "
     "millions d'euros.", "2026-03-06", [None, None]),
    ("Du 2 au 6 février, Datavolt avait recruté. Datavolt lève 20 millions d'euros. Kervalo a bouclé un tour de 6 "
     "millions d'euros.", "2026-03-06", [None, None]),
    # a year's review, published in the year after it, told with its rounds (the training corpus's yearly reviews)
    ("Les montants levés par les start-up nantaises ont doublé en 2023. Datavolt a levé 27 millions d'euros. "
     "Kervalo a obtenu 20 millions d'euros.", "2024-01-18", ["2023", "2023"]),
    ("Quelles opérations ont marqué 2023 ? Datavolt a levé 27 millions d'euros, Kervalo a obtenu 20 millions "
     "d'euros.", "2024-01-18", ["2023", "2023"]),
    # a year told with no rounds is no review's; a year long past is not the review's; a month beats its year
    ("En 2023, Datavolt a doublé son chiffre d'affaires. Datavolt a levé 27 millions d'euros. Kervalo a obtenu "
     "20 millions d'euros.", "2024-01-18", [None, None]),
    ("Les levées de fonds de 2019 avaient battu un record. Datavolt a levé 27 millions d'euros. Kervalo a obtenu "
     "20 millions d'euros.", "2024-01-18", [None, None]),
    ("Les levées de fonds ont reculé en 2023. En décembre, 30 opérations ont été recensées. Datavolt a levé 27 "
     "millions d'euros. Kervalo a obtenu 20 millions d'euros.", "2024-01-18", ["décembre", "décembre"]),
])
def test_a_roundups_period_dates_its_rounds(extract, text, published, dates):
    found = events_of(extract, text, published, etype="funding")
    assert [e["date"] for e in found] == dates


@pytest.mark.parametrize("text, expected", [
    # a roundup's list of names with their amounts in brackets, shared by "chacune"
    ("Complètent le top 5, les opérations menées par Datavolt (5 millions d'euros), Kervalo (3,5 millions), "
     "Veltrapay et Quintar Labs (2 millions chacune).",
     [("Datavolt", "5 millions d'euros"), ("Kervalo", "3,5 millions"), ("Veltrapay", "2 millions"),
      ("Quintar Labs", "2 millions")]),
    # names that each raised the amount
    ("Sur la troisième marche, Datavolt et Kervalo ont chacune levé 4 millions d'euros.",
     [("Datavolt", "4 millions d'euros"), ("Kervalo", "4 millions d'euros")]),
    # a passive participle names who raised after "par"
    ("Derrière les 41 millions d'euros levés par Datavolt, la deuxième place revient à une fintech.",
     [("Datavolt", "41 millions d'euros")]),
    ("Les 12 millions d'euros récoltés par Kervalo auprès d'Elaia portent le total à 90 millions.",
     [("Kervalo", "12 millions d'euros")]),
    # one round named with its amount in brackets after "la levée (historique) de"
    ("Après une rentrée portée par la levée historique de Datavolt (1,7 milliard d'euros), la French Tech "
     "redescend sur terre.", [("Datavolt", "1,7 milliard d'euros")]),
    ("Ce total résulte pour l'essentiel de la levée de Kervalo (385 millions d'euros).", [("Kervalo", "385 millions d'euros")]),
    ("Le record doit beaucoup aux investissements récents dans Datavolt (98 millions d'euros) et Kervalo "
     "(70 millions d'euros).", [("Datavolt", "98 millions d'euros"), ("Kervalo", "70 millions d'euros")]),
    # a count of rounds names them in brackets, with no amount; a name already told is one round
    ("Datavolt a levé 20 millions d'euros. La santé a été active avec trois opérations "
     "(Datavolt, Kervalo et Quintar Labs).",
     [("Datavolt", "20 millions d'euros"), ("Kervalo", None), ("Quintar Labs", None)]),
    ("Côté régions, Lille se distingue avec 2 levées (Kervalo et Veltrapay).", [("Kervalo", None), ("Veltrapay", None)]),
    # a list after a colon, the funding noun in the sentence before
    ("Neuf start-up ont annoncé des opérations de plus de 10 millions d'euros. Trois ont dépassé les 30 millions : "
     "Datavolt (62 millions), Kervalo (41 millions) et Quintar Labs (33 millions).",
     [("Datavolt", "62 millions"), ("Kervalo", "41 millions"), ("Quintar Labs", "33 millions")]),
    # stop 26 (real sealed 22, 23): amounts told with the definite article, "les N de" the company
    ("Les levées de fonds ont repris, comme en témoignent les 42 millions d'euros du spécialiste de la paie Datavolt, "
     "les 18 millions de la fintech Kervalo et de la medtech Quintar Labs, ou encore les 9 millions de Veltrapay.",
     [("Datavolt", "42 millions d'euros"), ("Kervalo", "18 millions"), ("Quintar Labs", "18 millions"),
      ("Veltrapay", "9 millions")]),
    ("Les financements ont atteint 300 millions $ grâce à trois deals. Il y a eu les 120 millions $ pour Datavolt, "
     "les 80 millions $ de la fintech Kervalo et les 30 millions $ de Veltrapay.",
     [("Datavolt", "120 millions $"), ("Kervalo", "80 millions $"), ("Veltrapay", "30 millions $")]),
    # a list after the sentence that tells a round, each round's month in its brackets
    ("Datavolt a récolté 90 millions d'euros en mai. Le reste du classement se compose de la fintech Kervalo "
     "(41 millions d'euros en janvier), de Quintar Labs (33 millions d'euros en mars) et de Veltrapay "
     "(20 millions en février).",
     [("Datavolt", "90 millions d'euros"), ("Kervalo", "41 millions d'euros"), ("Quintar Labs", "33 millions d'euros"),
      ("Veltrapay", "20 millions")]),
    ("Une seule levée dépasse les 10 millions d'euros, celle de Datavolt (50 millions d'euros).",
     [("Datavolt", "50 millions d'euros")]),
    # two names with their amounts in brackets after the sentence that tells a round (stop 37, opened real sets)
    ("Datavolt a levé 90 millions d'euros en mai. Kervalo (41 millions) et Quintar Labs (33 millions) complètent "
     "le podium.", [("Datavolt", "90 millions d'euros"), ("Kervalo", "41 millions"), ("Quintar Labs", "33 millions")]),
    ("Datavolt a levé 90 millions d'euros en mai. Ses concurrents Kervalo (41 millions d'euros de chiffre "
     "d'affaires) et Veltrapay (30 millions d'euros de chiffre d'affaires) sont rentables.",
     [("Datavolt", "90 millions d'euros")]),
    # the participle of a round opens a list as its noun does (stop 37, opened real sets)
    ("La majeure partie des fonds ont été levés par Datavolt (102 millions d'euros), Kervalo (100 millions) et "
     "Veltrapay (80 millions).",
     [("Datavolt", "102 millions d'euros"), ("Kervalo", "100 millions"), ("Veltrapay", "80 millions")]),
    # one name in brackets after a round is no list; amounts of no company are no rounds
    ("Datavolt a levé 20 millions d'euros. Le classement des ventes place Kervalo (41 millions d'euros en janvier) "
     "en tête.", [("Datavolt", "20 millions d'euros")]),
    ("Les levées de fonds reculent. Les 40 millions d'euros de la région et les 20 millions du département "
     "financent des routes.", []),
])
def test_more_ways_of_telling_a_roundups_rounds(extract, text, expected):
    found = events_of(extract, text, "2025-06-13", etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == expected


@pytest.mark.parametrize("text, dates", [
    # a listed round's date in its brackets, however long ("en septembre 2025"; stop 32, real sealed 22)
    ("Le bilan n'est sauvé que par une seule levée de fonds majeure, celle du champion de l'IA, Datavolt "
     "(1,7 milliard d'euros en septembre 2025).", [("Datavolt", "septembre 2025")]),
    ("Les levées de fonds du mois : Datavolt (12 millions d'euros en juin), Kervalo (8 millions d'euros le "
     "12 juin 2025).", [("Datavolt", "juin"), ("Kervalo", "12 juin 2025")]),
])
def test_a_listed_rounds_date_in_brackets(extract, text, dates):
    found = events_of(extract, text, "2026-02-10", etype="funding")
    assert [(e["company"], e["date"]) for e in found] == dates


_BULLETS = "Les levées de fonds de la semaine\n\n"


@pytest.mark.parametrize("items, expected", [
    # a bulleted roundup: each item a company, what it does, its amount with no verb (stop 29)
    (["- **Datavolt** (stockage d'énergie) : 20 millions d'euros auprès de Partech et d'Elaia, avec Idinvest.",
      "- **Kervalo** : 8 millions d'euros menés par Eurazeo, avec Bpifrance.",
      "- **Sylquor** : 3 millions d'euros en amorçage auprès de Kima Ventures."],
     [("Datavolt", "20 millions d'euros", None, ["Partech", "Elaia", "Idinvest"]),
      ("Kervalo", "8 millions d'euros", None, ["Eurazeo", "Bpifrance"]),
      ("Sylquor", "3 millions d'euros", "seed", ["Kima Ventures"])]),
    # numbered items, a dash; an item with its own verb is read by the sentence rules
    (["1. **Datavolt** – 45 millions de dollars en série B auprès de Partech.",
      "2. **Kervalo** : la fintech a levé 12 millions d'euros auprès d'Elaia."],
     [("Kervalo", "12 millions d'euros", None, ["Elaia"]), ("Datavolt", "45 millions de dollars", "B", ["Partech"])]),
    # an amount told as the kind of money raised: a loan or a debt is a raise in a roundup (§2b)
    (["- **Datavolt** : un prêt de 149 millions d'euros accordé par Natixis et Bpifrance.",
      "- **Kervalo** : une dette de 5 millions d'euros de la Banque européenne d'investissement.",
      "- **Sylquor** : 3 millions d'euros auprès de Kima Ventures."],
     [("Datavolt", "149 millions d'euros", None, ["Natixis", "Bpifrance"]),
      ("Kervalo", "5 millions d'euros", None, ["Banque européenne d'investissement"]),
      ("Sylquor", "3 millions d'euros", None, ["Kima Ventures"])]),
    # one item is no list; a purchase and a valuation are no rounds
    (["- **Datavolt** : 20 millions d'euros auprès de Partech."], []),
    (["- **Datavolt** : rachat de Sylquor pour 20 millions d'euros.",
      "- **Kervalo** : valorisée 300 millions d'euros après son dernier tour."], []),
])
def test_a_bulleted_roundup(extract, items, expected):
    found = events_of(extract, _BULLETS + "\n".join(items), "2025-06-13", etype="funding")
    assert sorted((e["company"], e["amount"], e["round"], e["investors"]) for e in found) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a round's noun, then each company after its own "de": one round each, none an investor
    ("Le jeu vidéo est tiré par les tours de table de Sorare, de Homa Games et de Voodoo.",
     [("Sorare", None), ("Homa Games", None), ("Voodoo", None)]),
    ("La fintech est portée par la levée de Swish (47 millions d'euros) et par celles de Milla Group et de "
     "Chargepoly, qui pèsent chacune 15 millions d'euros.",
     [("Swish", "47 millions d'euros"), ("Milla Group", "15 millions d'euros"), ("Chargepoly", "15 millions d'euros")]),
    # each amount before its name
    ("Grâce à des tours de table de 96,2 millions d'euros pour CeQur, de 77 millions pour ADC Therapeutics ou "
     "encore de 60 millions pour Obseva, le pays progresse.",
     [("CeQur", "96,2 millions d'euros"), ("ADC Therapeutics", "77 millions"), ("Obseva", "60 millions")]),
    # names told before: their rounds told again, no new one
    ("Qonto a levé 486 millions d'euros et Back Market 450 millions d'euros. Les seuls tours de Qonto et de "
     "Back Market pèsent près d'un milliard.",
     [("Qonto", "486 millions d'euros"), ("Back Market", "450 millions d'euros")]),
])
def test_rounds_a_noun_lists(extract, text, expected):
    found = events_of(extract, text, "2021-03-05", etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == expected
    assert not any(e["investors"] for e in found)


@pytest.mark.parametrize("item, company", [
    # an item's subject that describes its company: the names of the description are not the one who
    # raised (the training corpus's weekly reviews)
    ("- **Sumeria** : la néobanque issue de Lydia a levé 50 millions d'euros auprès d'Accel.", "Sumeria"),
    ("- **Zity** : l'autopartage électrique de Renault et Ferrovial obtient 25 millions d'euros.", "Zity"),
    ("- **Gorgias** (service client) : le logiciel conçu pour Shopify lève 25 millions de dollars auprès de "
     "Sapphire Ventures.", "Gorgias"),
    ("- **Qevlar** : La start-up fondée par d'anciens ingénieurs de Thales a levé 14 millions de dollars.", "Qevlar"),
    # a name as the subject is the one who raised; a round's noun after another verb is not the item's
    ("- **Datavolt** : Kervalo, son concurrent, a levé 5 millions d'euros.", "Kervalo"),
    ("- **Tikehau Capital** : le gestionnaire d'actifs entre au capital de Kervalo à hauteur de 15 millions "
     "d'euros, un an après la série A de la jeune pousse.", "Kervalo"),
])
def test_an_items_company_described_by_its_subject(extract, item, company):
    found = events_of(extract, _BULLETS + item, "2025-06-13", etype="funding")
    assert [e["company"] for e in found] == [company]


def test_the_next_item_of_a_list_is_another_round(extract):
    # the next item names another company: no more of the round told before it (stop 29)
    text = _BULLETS + "\n".join([
        "- **Datavolt** : 20 millions d'euros en série A, menée par Partech.",
        "- **Kervalo** : 8 millions d'euros auprès d'Eurazeo, avec la participation de Bpifrance."])
    found = {e["company"]: e["investors"] for e in events_of(extract, text, "2025-06-13", etype="funding")}
    assert found == {"Datavolt": ["Partech"], "Kervalo": ["Eurazeo", "Bpifrance"]}


@pytest.mark.parametrize("text", [
    # the participle of investing after its amount: the money goes into the name after "dans"
    "Le Québec a battu son record grâce aux 215 millions de dollars investis dans Hopper.",
    "Au total, 215 millions de dollars ont été investis dans Hopper.",
    "Le record doit beaucoup aux 215 millions de dollars injectés dans Hopper.",
])
def test_an_amount_invested_into_a_company(extract, text):
    found = events_of(extract, text, "2021-04-02", etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == [("Hopper", "215 millions de dollars")]


@pytest.mark.parametrize("text, companies", [
    # a count of rounds and their names in brackets: one round each, with no amount (§4, stop 17)
    ("La région a signé trois opérations (Datavolt, Kervalo et Zenly) cette semaine.", ["Datavolt", "Kervalo", "Zenly"]),
    ("Vient ensuite l'Afrique du Sud, avec trois méga-tours (Jumo, TymeBank et MFS Africa).",
     ["Jumo", "TymeBank", "MFS Africa"]),
])
def test_rounds_counted_and_named_in_brackets(extract, text, companies):
    found = events_of(extract, text, "2025-06-13", etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == [(c, None) for c in companies]


@pytest.mark.parametrize("text, expected", [
    # a roundup's names with their amounts after "avec", each or shared ("chacune")
    ("Les plus grosses levées du mois : Sorare avec 40 millions d'euros, Alan avec 20 millions d'euros et Libeo "
     "avec 15 millions d'euros.",
     [("Sorare", "40 millions d'euros"), ("Alan", "20 millions d'euros"), ("Libeo", "15 millions d'euros")]),
    ("Trois levées d'envergure figurent au tableau : Sorare (40 millions d'euros), puis Alan et Libeo, avec 20 "
     "millions d'euros chacune.",
     [("Sorare", "40 millions d'euros"), ("Alan", "20 millions d'euros"), ("Libeo", "20 millions d'euros")]),
    # not a name that does something else "avec" an amount
    ("Les levées de fonds reculent, avec Alan qui ferme son bureau avec 20 millions d'euros de pertes.", []),
])
def test_a_roundups_amounts_after_avec(extract, text, expected):
    found = events_of(extract, text, "2021-03-02", etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == expected
    assert not any(e["investors"] for e in found)


@pytest.mark.parametrize("text", [
    # brackets after a count that hold sectors or a sum, or names with no count, list no rounds
    "La semaine a compté trois opérations (medtech, mobilité et retail).",
    "Les levées (Datavolt et Kervalo) ont rassemblé 30 millions d'euros.",
    "Les levées de fonds reculent. Trois secteurs dominent : la Fintech (185 millions), la Santé (100 millions) et "
    "la Foodtech (80 millions).",
    "Les levées de fonds reculent. Deux noms ressortent : Datavolt (62 millions) et Kervalo (41 millions).",
])
def test_lists_after_a_colon_that_are_no_rounds(extract, text):
    assert events_of(extract, text, "2025-06-13", etype="funding") == []


@pytest.mark.parametrize("text, company", [
    # the company named by what it is, after the verb, in a story about it
    ("Datavolt ne s'arrête plus. Un premier tour de table a permis à la pépite nantaise de lever 12 millions "
     "d'euros en 2023.", "Datavolt"),
    ("Kervalo vise une valorisation record. Une seconde levée de fonds, de 38 millions d'euros, a fait grimper la "
     "valorisation de la jeune pousse à 200 millions.", "Kervalo"),
    # the company named after its kind, after the round's noun
    ("Nouvelle ronde de financement record pour l'entreprise montréalaise Datavolt, qui ajoute 80 millions de "
     "dollars à son capital.", "Datavolt"),
    # after the round's amount, what the company is and its name (an approximation before the amount,
    # a sector as the subject)
    ("L'écosystème nantais retient la levée de fonds de près de 15 millions d'euros de l'entreprise Datavolt.",
     "Datavolt"),
    ("Il faut aussi citer la levée de fonds de 8 millions d'euros de la medtech toulousaine Kervalo.", "Kervalo"),
    ("Le semestre a été porté par la levée de fonds de 130 millions d'euros réalisée par la biotech lyonnaise "
     "Kervalo.", "Kervalo"),
    # an article that opens on "la start-up" names its company only later
    ("La start-up lyonnaise annonce avoir levé 9 millions d'euros. Fondée en 2021, Quintar Labs édite un "
     "logiciel de paie. Quintar Labs vise l'Allemagne.", "Quintar Labs"),
])
def test_a_round_of_the_company_named_by_what_it_is(extract, text, company):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == [company]


@pytest.mark.parametrize("text, etype, expected", [
    # a deal told in a gerund clause before the main one: the main clause's subject is the party
    # (stop 27, real sealed 22)
    ("En levant 20 millions d'euros auprès de Partech, Kervalo devient la fintech la mieux financée du pays.",
     "funding", [{"company": "Kervalo", "amount": "20 millions d'euros", "investors": ["Partech"]}]),
    ("En bouclant une série A de 12 millions d'euros auprès d'Idinvest, de Kima et de Partech, la start-up "
     "nantaise Quintar compte recruter cinquante ingénieurs.",
     "funding", [{"company": "Quintar", "amount": "12 millions d'euros"}]),
    ("En annonçant un nouveau tour de table de 90 millions d'euros, qui double sa valorisation, Datavolt rejoint "
     "les licornes.", "funding", [{"company": "Datavolt", "amount": "90 millions d'euros"}]),
    ("En rachetant Kervalo pour 40 millions d'euros, Datavolt double de taille.",
     "acquisition", [{"acquirer": "Datavolt", "target": "Kervalo", "price": "40 millions d'euros"}]),
    ("En cédant sa filiale Quintar à Zorvanix pour 270 millions d'euros, Datavolt réduit sa dette.",
     "acquisition", [{"acquirer": "Zorvanix", "target": "Quintar", "price": "270 millions d'euros"}]),
    # the main clause names the company by a pronoun or its kind: the company told of (stop 30)
    ("Kervalo équipe les drones. En levant 80 millions d'euros lors d'une série C menée par Partech, elle "
     "double ses effectifs.", "funding", [{"company": "Kervalo", "amount": "80 millions d'euros",
                                           "investors": ["Partech"]}]),
    ("Datavolt vise l'Allemagne. En bouclant un tour de 25 millions d'euros auprès d'Eurazeo, la start-up "
     "ouvre un bureau à Berlin.", "funding", [{"company": "Datavolt", "amount": "25 millions d'euros",
                                               "investors": ["Eurazeo"]}]),
    # a total told in the main clause is no round and keeps the lead in the round's part
    ("La start-up toulousaine Quintar forme des pilotes. En levant 60 millions d'euros lors d'une série B menée par Eurazeo, elle porte "
     "à 95 millions d'euros le total de ses levées.", "funding",
     [{"company": "Quintar", "amount": "60 millions d'euros", "investors": ["Eurazeo"]}]),
    # a gerund that states no deal leaves the round to its own verb
    ("En attendant une série B repoussée à 2027, la biotech Kervalo a obtenu un financement de 10 millions "
     "d'euros de son actionnaire Supernova Invest.", "funding", [{"company": "Kervalo",
                                                                   "amount": "10 millions d'euros"}]),
])
def test_a_deal_told_in_a_fronted_gerund(extract, text, etype, expected):
    found = events_of(extract, text, etype=etype)
    assert [{k: e[k] for k in want} for e, want in zip(found, expected)] == expected and len(found) == len(expected)


@pytest.mark.parametrize("text, company", [
    # a fronted clause of origin before an anaphoric subject: its name is none, the company told of raises
    # (stop 27, real sealed 34)
    ("Kervalo anonymise la voix. Née à l'Inria Startup Studio de Lille, la jeune pousse vient de lever 2 M€.",
     "Kervalo"),
    ("Kervalo anonymise la voix. Fondée par d'anciens de Datavolt, elle a levé 5 millions d'euros.", "Kervalo"),
    # so is a fronted clause that compares or sets a time
    ("Kervalo publie ses résultats. Contrairement à Datavolt, la jeune pousse a levé 5 millions d'euros.", "Kervalo"),
    ("Kervalo publie ses résultats. Après Datavolt, elle a levé 5 millions d'euros.", "Kervalo"),
    # a topic fronted by "Quant à" is the subject
    ("Quintar a bouclé un amorçage de 2 millions d'euros. Quant au spécialiste des bornes Kervalo, il a levé jeudi "
     "60 millions d'euros.", "Kervalo"),
])
def test_a_fronted_clause_of_origin_names_no_company(extract, text, company):
    found = events_of(extract, text, etype="funding")
    assert found[-1]["company"] == company


@pytest.mark.parametrize("text, companies", [
    # a person raises: for the company he founds when named, else no round (stop 27, real sealed 34)
    ("L'ancien PDG de Datavolt, Jean Martin, vient de lever 3,1 millions d'euros pour lancer sa propre maison "
     "Kervalo.", ["Kervalo"]),
    ("Datavolt et Quintar pactisent, Jean Martin lève des fonds, Zorvanix bien tombé avec Kervalo.", []),
    # a present role still names the company the person speaks for; founders in an apposition are no subject
    ("Le fondateur de Kervalo, Jean Martin, a levé 3 millions d'euros.", ["Kervalo"]),
    ("La start-up Kervalo, fondée par Jean Martin et Paul Durand, a bouclé une levée de fonds de 30 millions "
     "d'euros.", ["Kervalo"]),
])
def test_a_person_who_raises(extract, text, companies):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == companies


def test_a_role_names_the_company_a_person_speaks_for(extract):
    # "PDG de Kervalo, fier d'avoir amassé": the role's company raised, not a name in the quote before
    text = ("« Nous pouvons battre les IBM de ce monde », a dit Jean Martin, PDG de Kervalo, fier d'avoir "
            "amassé 137,5 M$ le mois passé.")
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == ["Kervalo"]


def test_an_impersonal_il_names_no_company(extract):
    # "il faut" refers to no one: the round is the company's named after it, not the one just told
    text = ("Datavolt a levé 14 millions d'euros en mars. Enfin, il faut souligner la levée de fonds de 8 millions "
            "d'euros de la medtech Kervalo.")
    assert [(e["company"], e["amount"]) for e in events_of(extract, text, etype="funding")] == [
        ("Datavolt", "14 millions d'euros"), ("Kervalo", "8 millions d'euros")]


@pytest.mark.parametrize("text, expected", [
    ("La fintech Datavolt a collecté 25 millions de dollars auprès de Partech.", [("Datavolt", "25 millions de dollars")]),
    # collecting data is no round
    ("Datavolt collecte les données de ses clients depuis 2019.", []),
    # what the money is for is read next to its amount, not in a later aside (stop 27, real sealed 36)
    ("Datavolt a réussi à collecter 14 millions d'euros, dont 7 millions d'euros de financements privés, le solde "
     "étant des subventions publiques.", [("Datavolt", "14 millions d'euros")]),
    ("Datavolt a obtenu 2 millions d'euros de subventions de la région.", []),
])
def test_collecting_money_is_a_round(extract, text, expected):
    assert [(e["company"], e["amount"]) for e in events_of(extract, text, etype="funding")] == expected


def test_a_single_round_is_not_dated_by_a_period_before_it(extract):
    text = "Les start-up ont levé 48 millions d'euros cette semaine. Datavolt lève 20 millions d'euros."
    assert [e["date"] for e in events_of(extract, text, "2025-06-13", etype="funding")] == [None]


@pytest.mark.parametrize("text, expected", [
    ("Datavolt et Kervalo ont levé respectivement 12 millions et 4 millions d'euros.",
     [("Datavolt", "12 millions"), ("Kervalo", "4 millions d'euros")]),
    ("Deux clients de Vinted, Datavolt et Kervalo, ont aussi été sanctionnés, à hauteur de 3 millions d'euros et "
     "1,5 million respectivement.", [("Datavolt", "3 millions d'euros"), ("Kervalo", "1,5 million")]),
    ("La CNIL a sanctionné Datavolt et Kervalo à hauteur de 300 000 euros et 90 000 euros respectivement.",
     [("Datavolt", "300 000 euros"), ("Kervalo", "90 000 euros")]),
    # a service named for its company is fined as one ("à Facebook")
    ("La CNIL a infligé des amendes respectivement de 60 et 150 millions d'euros à Facebook et Google.",
     [("Facebook", "60"), ("Google", "150 millions d'euros")]),
    # the adjective ties them as the adverb does
    ("La CNIL a publié les sanctions prises contre Datavolt et Kervalo : des amendes respectives de 60 et 150 "
     "millions d'euros.", [("Datavolt", "60"), ("Kervalo", "150 millions d'euros")]),
    # the verb and its noun around the amounts are one trigger (stop 26, real sealed 22)
    # (the sentence before states Apple's fine, its amount untold: stop 60)
    ("L'Autorité a sanctionné Apple. Les deux grossistes, Datavolt et Kervalo écopent respectivement de 76 107 989 "
     "euros et 62 972 668 euros d'amendes.",
     [("Apple", None), ("Datavolt", "76 107 989 euros"), ("Kervalo", "62 972 668 euros")]),

    ("La CNIL a sanctionné Datavolt, ainsi que Kervalo, pour des cookies, à hauteur respectivement de 35 millions "
     "d'euros et 100 millions d'euros.", [("Datavolt", "35 millions d'euros"), ("Kervalo", "100 millions d'euros")]),
    # "respectivement" before the verb, and names each with an apposition (stop 27, real sealed 23)
    ("Datavolt et Kervalo ont respectivement levé 200 millions et 135 millions d'euros.",
     [("Datavolt", "200 millions"), ("Kervalo", "135 millions d'euros")]),
    ("Datavolt, spécialiste de la mobilité hydrogène, et Kervalo, logiciel de planification financière, ont "
     "respectivement levé 200 millions et 135 millions d'euros.",
     [("Datavolt", "200 millions"), ("Kervalo", "135 millions d'euros")]),
])
def test_names_and_amounts_paired_by_respectivement(extract, text, expected):
    found = [e for e in events_of(extract, text) if e["type"] in ("funding", "fine")]
    assert [(e.get("company") or e.get("target"), e["amount"]) for e in found] == expected


def test_a_role_points_at_the_nearest_mention_of_the_same_name(extract):
    # (§2b: the nearest earlier mention, here the short form the text uses for the same authority)
    text = ("L'Autorité de la concurrence a infligé lundi 10 millions d'euros à Datavolt. Selon l'Autorité, les "
            "pratiques sont graves. Kervalo a aussi été sanctionné, à hauteur de 2 millions d'euros.")
    record = extract(text, PUBLISHED)
    fines = [ev for ev in record["events"] if ev["type"] == "fine"]
    start = text.index("l'Autorité, les") + 2
    assert [f["roles"]["authority"] for f in fines] == [[2, 28], [start, start + len("Autorité")]]


@pytest.mark.parametrize("text", [
    "Informatique : le français Kervalo achète l'américain Datavolt.",
    "Kervalo a annoncé mercredi son accord pour acheter Datavolt pour 3 milliards de dollars.",
    # the infinitive after "d'" and "en vue d'", the verb "acquérir"
    "Lundi, Kervalo a dit qu'elle venait d'acheter Datavolt pour un milliard de dollars.",
    "Kervalo a signé mardi un accord en vue d'acquérir la division paiements Datavolt.",
    "Kervalo va acquérir le spécialiste lyonnais du stockage Datavolt.",
])
def test_buying_verbs(extract, text):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt"})


@pytest.mark.parametrize("text, status", [
    ("Kervalo renonce à acheter Datavolt.", "abandoned"),
    ("Kervalo avait déjà tenté de s'offrir Datavolt en 2011, sans succès.", "abandoned"),
    ("Datavolt avait refusé en 2008 une offre de rachat par Kervalo.", "abandoned"),
    # the noun of giving up, an offer pushed back (stop 53, training/src)
    ("Le veto britannique a précédé l'abandon du rachat de Datavolt par Kervalo.", "abandoned"),
    ("Datavolt a fait parler d'elle en repoussant une offre de rachat de 800 millions de dollars formulée par "
     "Kervalo.", "abandoned"),
    ("Kervalo va racheter Datavolt.", "announced"),
    # customers who leave are no deal given up
    ("Kervalo rachète Datavolt ; les abandons de clients ont freiné sa croissance.", "announced"),
])
def test_a_deal_that_failed_is_abandoned(extract, text, status):
    (ev,) = events_of(extract, text, etype="acquisition")
    assert ev["status"] == status


@pytest.mark.parametrize("text", [
    # a broker's rating, a household's spending: no takeover (stop 30, the training corpus's wire copy)
    "Kepler Cheuvreux reste à l'achat sur Datavolt, dont le carnet de commandes rassure.",
    "Oddo BHF et Exane BNP Paribas sont à l'achat, Alphavalue et Gilbert Dupont à neutre.",
    "Daiwa maintient sa recommandation d'achat sur Kervalo, avec un objectif relevé.",
    "Le recul du pouvoir d'achat pèse sur les ventes de Datavolt, selon Kervalo.",
])
def test_a_rating_to_buy_is_no_acquisition(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


@pytest.mark.parametrize("text", [
    "Kervalo est prête à acheter des serveurs chez Datavolt.",
    "Kervalo cherche à acheter des licences auprès de Datavolt.",
])
def test_goods_bought_from_a_company_are_no_acquisition(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


@pytest.mark.parametrize("text, status", [
    # "céder" with its accent (the trigger once read "c[eè]d", missing "cédé"), and its participle,
    # which tells the sale done (stop 41)
    ("Kervalo a cédé sa filiale Datavolt à Quintar.", "completed"),
    ("Ses fondateurs avaient lancé Datavolt, société ensuite cédée à Quintar.", "completed"),
    ("Kervalo cède sa filiale Datavolt à Quintar.", "announced"),
    # "est dans le giron de": a deal done
    ("Depuis 2010, Datavolt est dans le giron du géant nippon Quintar.", "completed"),
])
def test_selling_and_belonging(extract, text, status):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Quintar", "target": "Datavolt", "status": status})


@pytest.mark.parametrize("text", [
    # a purchase of goods, where a shop or a product follows the verb
    "Parmi les revendeurs où l'on pourra acquérir la console, on peut citer Kervalo et Datavolt.",
    "Grâce à Kervalo, il est possible d'acheter une Xbox Series X en douze fois.",
    "Il sera nécessaire d'acquérir un pack Premiere Edition pour jouer en 4K.",
    # "achat de" and a bare noun: goods bought, not a company (stop 28, real sealed 41)
    "L'outil d'achat de billets d'avion Kervalo compte 30 millions d'utilisateurs.",
    "La plateforme d'achat de matériel informatique Datavolt ouvre à Lyon.",
])
def test_buying_goods_is_no_acquisition(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


def test_a_round_beside_a_purchase_of_goods(extract):
    text = "L'outil d'achat de billets d'avion Kervalo vient de récolter 128 millions de dollars."
    assert [(e["type"], e["company"], e["amount"]) for e in events_of(extract, text)] == [
        ("funding", "Kervalo", "128 millions de dollars")]


@pytest.mark.parametrize("text, acquirer, target", [
    ("L'achat de la start-up Kervalo par Datavolt est bouclé.", "Datavolt", "Kervalo"),
    ("Son précédent achat d'envergure, le belge Kervalo, avait coûté 310 millions d'euros à Datavolt.", None, "Kervalo"),
])
def test_the_purchase_of_a_company(extract, text, acquirer, target):
    (ev,) = events_of(extract, text, etype="acquisition")
    assert (ev["acquirer"], ev["target"]) == (acquirer, target)


@pytest.mark.parametrize("text, acquirer, target", [
    # the party after "avec" is the other side of the agreement, not the buyer (stop 32, real sealed 53)
    ("Datavolt a signé un protocole d'exclusivité avec le groupe Veltrapay pour l'acquisition de Kervalo.",
     "Datavolt", "Kervalo"),
    ("Datavolt a conclu un accord avec Veltrapay en vue de l'acquisition de Kervalo.", "Datavolt", "Kervalo"),
    ("Datavolt et Veltrapay ont annoncé l'acquisition de Kervalo.", "Datavolt", "Kervalo"),
    # the buyer after a selling verb may be named by a possessive and two words (real sealed 54)
    ("Veltrapay vend son unité Kervalo à son concurrent français Datavolt.", "Datavolt", "Kervalo"),
    ("Veltrapay cède Kervalo à son partenaire historique Datavolt.", "Datavolt", "Kervalo"),
    # nor the short form in brackets of the party after "avec", nor a name that only says whose unit
    # the subject is (stop 32, real sealed 54)
    ("Quintar a conclu un accord avec l'américain Veltrapay Systems (VPS) pour acheter Kervalo.", "Quintar", "Kervalo"),
    ("L'ancienne filiale de Datavolt a racheté en 2018 le groupe suisse Kervalo.", None, "Kervalo"),
    ("Quintar, filiale du géant Datavolt, va racheter Kervalo.", "Quintar", "Kervalo"),
    # an object pronoun before the verb stands for the company named before the buyer (stop 32,
    # real sealed 55)
    ("Kervalo s'est retrouvé sur le marché, et c'est finalement Datavolt, partenaire de longue date, qui en a "
     "fait l'acquisition.", "Datavolt", "Kervalo"),
    ("Kervalo cherchait un repreneur depuis deux ans : Datavolt l'a racheté en mai.", "Datavolt", "Kervalo"),
])
def test_who_signs_with_whom(extract, text, acquirer, target):
    (ev,) = events_of(extract, text, etype="acquisition")
    assert (ev["acquirer"], ev["target"]) == (acquirer, target)


@pytest.mark.parametrize("text, expected", [
    # a name past a finite verb after a takeover's noun is no object of it (stop 32, real sealed 50-56)
    ("Quintar a annoncé le rachat de Kervalo. L'acquisition permettra à Datavolt de vendre davantage "
     "d'équipements.", [("Quintar", "Kervalo")]),
    ("Quintar a racheté Kervalo. Le rachat devrait profiter à Datavolt, son principal client.",
     [("Quintar", "Kervalo")]),
    # an infinitive or a participle between stays: "pour acquérir", "l'acquisition, annoncée mardi, de"
    ("Quintar a signé un accord pour acquérir Kervalo.", [("Quintar", "Kervalo")]),
    ("Datavolt jette son dévolu sur Kervalo, rachetée pour 3 millions d'euros.", [("Datavolt", "Kervalo")]),
])
def test_a_name_past_another_verb_is_no_target(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == expected


@pytest.mark.parametrize("text", [
    # what a buying verb takes that is no company (`not_acquisition_after` in deals.json; stop 32,
    # real sealed 49 and 54)
    "Datavolt s'offre à nouveau le soutien de Kervalo, qui avait déjà injecté cinq millions d'euros.",
    "Datavolt reprend le principe des ligues de fantasy football comme Kervalo.",
])
def test_a_buying_verb_with_no_company_bought(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


@pytest.mark.parametrize("text, expected", [
    # a second deal word that is an infinitive after "de" or "à" has its subject before it: the name
    # between is the first deal's object (stop 33, real sealed 52)
    ("Datavolt va acquérir Kervalo pour 20 millions d'euros, une opération qui "
     "permet au spécialiste des paiements de mettre la main sur un concurrent.", [("Datavolt", "Kervalo")]),
    ("Datavolt rachète Kervalo, ce qui lui permettra à terme de racheter un rival.", [("Datavolt", "Kervalo")]),
    # a finite verb with its own subject still starts a new part
    ("Datavolt rachète Kervalo et Quintar s'empresse de racheter Veltrapay.",
     [("Datavolt", "Kervalo"), ("Quintar", "Veltrapay")]),
])
def test_a_deal_word_in_the_infinitive_after_a_name(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == expected


@pytest.mark.parametrize("text", [
    # a deal word in a product's name is none (the training corpus's product pages)
    "Côté Axway, la gamme compte la plateforme Amplify, l'outil d'intégration Amplify Fusion et les logiciels "
    "SecureTransport et B2Bi.",
    "Le compilateur Fusion Compiler et l'outil PrimeTime de Synopsys complètent l'offre.",
])
def test_a_deal_word_in_a_products_name(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


@pytest.mark.parametrize("text, expected", [
    # a merger's noun that speaks of the deal just told names no new parties (the training corpus, dev_real)
    ("Datavolt a finalisé le rachat de Kervalo. Le rapprochement fait de Datavolt le troisième acteur du "
     "secteur, derrière Quintar et Veltrapay.", [("Datavolt", "Kervalo")]),
    ("Datavolt a finalisé le rachat de Kervalo. Les analystes de Quintar jugent que la fusion renforcera "
     "surtout la pression sur Veltrapay.", [("Datavolt", "Kervalo")]),
    # with its parties after it, it states the merger
    ("La fusion de Datavolt et de Kervalo a été approuvée.", [("Datavolt", "Kervalo")]),
    ("Le rapprochement entre Datavolt et Kervalo est bouclé.", [("Datavolt", "Kervalo")]),
])
def test_a_mergers_noun_told_before(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a buy-back of goods is no takeover ("rachat de" and a bare noun, as "achat de"); a name that starts in
    # lower case is a name (the training corpus; holdout_gen fell when it was read as goods)
    ("Back Market propose le rachat de smartphones usagés aux particuliers, comme Kervalo.", []),
    ("Datavolt a finalisé l'achat de iRobot pour 1,7 milliard de dollars.", [("Datavolt", "iRobot")]),
    ("Datavolt a finalisé le rachat de xAI pour 1,7 milliard de dollars.", [("Datavolt", "xAI")]),
])
def test_goods_bought_back_and_lower_case_names(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == expected


def test_a_buying_verb_with_a_company_still_buys(extract):
    found = events_of(extract, "Datavolt s'offre Kervalo pour 5 millions d'euros.", etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == [("Datavolt", "Kervalo")]


@pytest.mark.parametrize("text", [
    "Kervalo s'est ainsi emparé de Datavolt, un rachat surprise.",
    "Kervalo a également acquis son concurrent Datavolt.",
    "Le mois dernier, Kervalo a procédé à l'acquisition de Datavolt.",
    "Au même moment, Kervalo faisait l'acquisition de Datavolt, établie à Lyon.",
    "Datavolt a été achetée il y a quelques mois par Kervalo.",
    # Québec French: "compléter une acquisition" is to close it
    "Groupe Kervalo a complété l'acquisition de Datavolt pour 2,7 milliards de dollars.",
    # "procédé au rachat" (stop 25)
    "Kervalo a procédé au rachat de l'éditeur américain Datavolt.",
])
def test_a_deal_told_as_done_is_completed(extract, text):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt", "status": "completed"})


@pytest.mark.parametrize("text", [
    "Kervalo va procéder au rachat de Datavolt d'ici l'été.",
    "Kervalo rachète Datavolt, dont il pourrait devenir le propriétaire d'ici l'été.",
    # a completion ahead: "ouvrant la voie à une finalisation", "devrait être finalisé" (stop 27, real sealed 34)
    "L'autorité a approuvé l'acquisition de Datavolt par Kervalo, ouvrant ainsi la voie à une finalisation de "
    "l'opération.",
    "Le rachat de Datavolt par Kervalo devrait être finalisé d'ici la fin de l'année.",
])
def test_a_deal_still_to_be_done_is_announced(extract, text):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt", "status": "announced"})


@pytest.mark.parametrize("text", [
    # a denial still ends the clause of the deal before it: its subject is no second target (stop 30)
    "Kervalo s'offre Datavolt, Zorvanix dément tout projet de rachat.",
    "Kervalo s'offre Datavolt, Zorvanix dément toute négociation de rachat.",
])
def test_a_denied_deal_after_a_deal_names_no_target(extract, text):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt"})


def test_time_since_a_deal_makes_it_completed(extract):
    assert_one_event(extract, "Deux ans après son rachat, Datavolt change de nom.", "acquisition",
                     {"target": "Datavolt", "status": "completed"})


def test_a_demonstrative_far_from_the_deal_names_another(extract):
    # five sentences on, "Cette acquisition" is the one the sentence before tells of, not the deal of the lead
    text = ("Kervalo va racheter Datavolt pour 3,6 milliards d'euros. Le nouvel ensemble emploiera 250 000 personnes. "
            "Kervalo avait publié un bénéfice en baisse en 2018. Ses marges avaient reculé. Le groupe Datavolt avait "
            "souffert de l'intégration de l'américain Quintar et de ses équipes. Cette acquisition conclue en mars 2018 "
            "avait connu des suites difficiles.")
    found = events_of(extract, text, "2019-06-24", etype="acquisition")
    assert [(e["acquirer"], e["target"], e["status"]) for e in found][:1] == [("Kervalo", "Datavolt", "announced")]


@pytest.mark.parametrize("text, status", [
    ("Kervalo et le spécialiste du paiement Datavolt ont mis fin à leur projet de fusion.", "abandoned"),
    ("Kervalo et Datavolt ont résilié leur accord de fusion de 2 milliards d'euros.", "abandoned"),
    ("Kervalo et l'éditeur Datavolt ont annoncé leur fusion.", "announced"),
])
def test_a_merger_with_a_kind_between_its_parties(extract, text, status):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt", "status": status})


@pytest.mark.parametrize("text, expected", [
    # a "rapprochement" is a merger: its first party the acquirer (stop 27, real sealed 34)
    ("La Commission a autorisé mardi le rapprochement des activités de Kervalo et de Datavolt en Espagne.",
     [("Kervalo", "Datavolt")]),
    ("Kervalo et Datavolt ont officialisé lundi leur rapprochement.", [("Kervalo", "Datavolt")]),
    # the company a merger made, named before it, is none of its parties: its complement names both
    ("Le loueur Nuagis, né du rapprochement de Kervalo et de Datavolt, a vu ses volumes progresser.",
     [("Kervalo", "Datavolt")]),
    ("Le groupe Nuagis, issu du rapprochement en 2022 de Kervalo et d'Orbis, a publié mardi ses résultats.",
     [("Kervalo", "Orbis")]),
    ("Nuagis, issu de la fusion entre Kervalo et Datavolt, détient 60 % de Quintar.", [("Kervalo", "Datavolt")]),
])
def test_a_rapprochement_is_a_merger(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == expected


@pytest.mark.parametrize("text, status", [
    ("L'échec du rachat de Datavolt par Kervalo a coûté son poste au directeur financier.", "abandoned"),
    # typographic apostrophes, a verb's forms, a future denied
    ("Le rachat de Datavolt par Kervalo a fini par capoter, faute d'accord sur le prix.", "abandoned"),
    ("Kervalo jette l’éponge dans le rachat de Datavolt.", "abandoned"),
    ("Le rachat de Datavolt par Kervalo ne va pas se faire, a indiqué le groupe.", "abandoned"),
    # a failure only considered leaves the deal announced
    ("En cas d'échec du rachat de Datavolt par Kervalo, le directeur financier partira.", "announced"),
])
def test_a_failed_deal_is_abandoned(extract, text, status):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt", "status": status})


@pytest.mark.parametrize("text, status", [
    # the deal verb's past participle tells it done: a description, a compound past
    ("Datavolt, l'éditeur de logiciels racheté par Kervalo, ferme son bureau de Lille.", "completed"),
    # (an adjective before the participle is no verb of intent: "allemand" is not "aller")
    ("Datavolt, l'éditeur allemand racheté par Kervalo, ferme son bureau de Lille.", "completed"),
    ("Datavolt, racheté par Kervalo pour 9 millions d'euros, a doublé ses effectifs.", "completed"),
    ("Kervalo a pris le contrôle de Datavolt.", "completed"),
    ("Kervalo est entré au capital de Datavolt.", "completed"),
    ("Kervalo, qui a finalement racheté Datavolt, recrute.", "completed"),
    # a participle under a future, a conditional, a verb of intent or a negation leaves it to come
    ("Datavolt sera racheté par Kervalo.", "announced"),
    ("Datavolt devrait être racheté par Kervalo d'ici l'été.", "announced"),
    ("Datavolt a accepté d'être racheté par Kervalo.", "announced"),
    ("Datavolt va être racheté par Kervalo.", "announced"),
    ("Datavolt doit être cédé à Kervalo.", "announced"),
    ("Kervalo n'a pas racheté Datavolt.", "announced"),
    ("Kervalo rachète Datavolt.", "announced"),
    # `venir de`: the day's news, announced in either voice (§4, stop 42)
    ("Datavolt vient d'être racheté par Kervalo.", "announced"),
    ("Kervalo vient de racheter Datavolt.", "announced"),
])
def test_a_participle_tells_a_deal_done(extract, text, status):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt", "status": status})


@pytest.mark.parametrize("text, expected", [
    # a deal named again by a demonstrative and a part of what was bought is the same deal
    ("Kervalo a finalisé le rachat de Datavolt Group pour 2 milliards d'euros. Ce rachat de Datavolt Studios lui "
     "ouvre le marché allemand.", [("Kervalo", "Datavolt Group", "2 milliards d'euros")]),
    # the same two companies, the other way round, are the same deal
    ("Le rachat de Quintar par Kervalo n'aura pas lieu, a annoncé Kervalo. Huit pays avaient approuvé la fusion "
     "de Quintar avec Kervalo.", [("Kervalo", "Quintar", None)]),
    # the buyer's deal told again without the target's name brings its price
    ("Kervalo a annoncé mardi l'acquisition de Datavolt. Racheté par Kervalo pour 170 millions d'euros, le "
     "spécialiste des capteurs passe sous pavillon finlandais.", [("Kervalo", "Datavolt", "170 millions d'euros")]),
    # a target read past the verb's part of the sentence brings the price beside it
    ("Kervalo va racheter Datavolt pour 3,6 milliards d'euros, dans le cadre d'une offre publique d'achat (OPA).",
     [("Kervalo", "Datavolt", "3,6 milliards d'euros")]),
    ("Kervalo va racheter Datavolt pour 3,6 milliards d'euros, dans le cadre d'une offre publique d'achat (OPA), "
     "annoncent les deux groupes lundi 24 juin.", [("Kervalo", "Datavolt", "3,6 milliards d'euros")]),
    # the headline's short name and the body's full name are one target
    ("Kervalo se renforce avec le rachat de Quintar\n\nKervalo vient d'annoncer le rachat de Quintar Corporation "
     "pour 4 milliards de dollars.", [("Kervalo", "Quintar", "4 milliards de dollars")]),
    # far from the deal, a demonstrative opens no new one
    ("Kervalo rachète Datavolt pour 4 milliards de dollars. Datavolt emploie 33 000 personnes. Elle est cotée depuis "
     "1996. Avec ce rachat, l'Amérique du Nord devient le premier marché de Kervalo.",
     [("Kervalo", "Datavolt", "4 milliards de dollars")]),
    # a price per share is not the deal's price
    ("Kervalo rachète Datavolt. Les actionnaires verront leurs actions rachetées au prix de 26,79 $.",
     [("Kervalo", "Datavolt", None)]),
])
def test_one_deal_told_again(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"], e["price"]) for e in found] == expected


def test_a_deals_date_beside_a_target_read_past_the_verbs_part(extract):
    text = ("Kervalo va racheter Datavolt pour 3,6 milliards d'euros, dans le cadre d'une offre publique d'achat (OPA), "
            "annoncent les deux groupes lundi 24 juin.")
    assert [e["date"] for e in events_of(extract, text, "2019-06-25", etype="acquisition")] == ["lundi 24 juin"]


@pytest.mark.parametrize("text", [
    # "opération" is a round only before its amount, in no deal's sentence
    "Le rachat de Figma par Adobe, une opération de 20 milliards de dollars, a été abandonné.",
    "L'opération a été saluée par les marchés.",
])
def test_funding_negatives_of_roundups(extract, text):
    assert events_of(extract, text, etype="funding") == []
    assert events_of(extract, text, etype="funding") == []


# ------------------------------------------------------------------ acquisition

@pytest.mark.parametrize("text, expected", [
    ("Capgemini rachète l'américain WNS pour 3,3 milliards de dollars.",
     {"acquirer": "Capgemini", "target": "WNS", "price": "3,3 milliards de dollars", "status": "announced"}),
    ("Salesforce a signé jeudi un accord pour racheter Informatica.",
     {"acquirer": "Salesforce", "target": "Informatica", "status": "announced", "date": "jeudi"}),
    ("Le rachat de Juniper Networks par HPE, pour 14 milliards de dollars, a été finalisé hier.",
     {"acquirer": "HPE", "target": "Juniper Networks", "status": "completed"}),
    ("Amazon a renoncé au rachat d'iRobot face à l'opposition de Bruxelles.",
     {"target": "iRobot", "status": "abandoned"}),
    ("Nokia avait racheté Alcatel-Lucent en 2016 pour 15,6 milliards d'euros.",
     {"acquirer": "Nokia", "target": "Alcatel-Lucent", "status": "completed", "date": "2016"}),
    ("TotalEnergies prend une participation de 15 % dans Sunvolt pour 60 millions d'euros.",
     {"acquirer": "TotalEnergies", "target": "Sunvolt", "price": "60 millions d'euros"}),
    # a verb that also states rounds ("boucler") is no round here, and leaves the deal whole
    # an agreement concluded to buy is an announcement; a deal concluded is done
    ("Vivendi a annoncé la conclusion d'une entente visant l'acquisition de Kervalo.",
     {"acquirer": "Vivendi", "target": "Kervalo", "status": "announced"}),
    ("Vivendi a annoncé vendredi avoir conclu un accord pour racheter Kervalo.",
     {"acquirer": "Vivendi", "target": "Kervalo", "status": "announced"}),
    ("Vivendi a conclu le rachat de Kervalo.", {"acquirer": "Vivendi", "target": "Kervalo", "status": "completed"}),
    # 'environ' is an approximate price, not a conversion
    ("Databricks a annoncé le rachat de la start-up Neon pour environ un milliard de dollars.",
     {"acquirer": "Databricks", "target": "Neon", "price": "un milliard de dollars"}),
    ("Prosus était entré au capital de Glovo en 2018, avant d'en prendre le contrôle.",
     {"acquirer": "Prosus", "target": "Glovo", "date": "2018"}),
    # "jeune pousse" is a start-up, not the verb "pousser" between the deal and its target;
    # "s'offrir" in any compound past (stop 41)
    ("Cisco avait racheté la jeune pousse allemande ParStream.",
     {"acquirer": "Cisco", "target": "ParStream", "status": "completed"}),
    ("Datadog s'offre la jeune pousse Sqreen.", {"acquirer": "Datadog", "target": "Sqreen", "status": "announced"}),
    ("Crédit Mutuel Arkéa s'était aussi offert Mangopay.",
     {"acquirer": "Crédit Mutuel Arkéa", "target": "Mangopay", "status": "completed"}),
    # climbing into the capital is a stake bought; exclusive negotiations are a deal announced,
    # negotiations alone a rumour (stop 26, real sealed 22)
    ("Datavolt va monter au capital de Kervalo.", {"acquirer": "Datavolt", "target": "Kervalo", "status": "announced"}),
    ("Sopra Steria a annoncé être entré en négociations exclusives en vue de l'acquisition de Kervalo.",
     {"acquirer": "Sopra Steria", "target": "Kervalo", "status": "announced"}),
    # a participle opening the sentence describes the main clause's subject (stop 44, dev_deals)
    ("Rachetée par Datavolt, Kervalo ravive le débat sur la géolocalisation.",
     {"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}),
    ("Plus tôt, au printemps, Datavolt s'était de son côté offert Kervalo moyennant 2,4 milliards de dollars.",
     {"acquirer": "Datavolt", "target": "Kervalo", "price": "2,4 milliards de dollars", "date": "printemps",
      "status": "completed"}),
    # a gerund clause before a main clause that names the buyer by its kind (stop 44, dev_deals)
    ("Datavolt poursuit ses emplettes. En mettant la main sur Kervalo, le fondeur américain entre dans l'analogique.",
     {"acquirer": "Datavolt", "target": "Kervalo"}),
    # a deal given up ("tire un trait sur")
    ("Datavolt tire un trait sur le rachat de Kervalo.",
     {"acquirer": "Datavolt", "target": "Kervalo", "status": "abandoned"}),
    # (so is a company negotiating "en exclusivité" its sale: stop 44, real read set)
    ("Kervalo négocie en exclusivité son rachat par Datavolt.",
     {"acquirer": "Datavolt", "target": "Kervalo", "status": "announced"}),
    ("Sopra Steria a bouclé en mai l'acquisition de l'ESN nantaise Kervalo pour 45 millions d'euros.",
     {"acquirer": "Sopra Steria", "target": "Kervalo", "price": "45 millions d'euros", "date": "mai",
      "status": "completed"}),
    # the kind a company is named by in the next sentence: "l'opérateur", "le géant", "le studio" (stop 29)
    ("Datavolt accélère dans le mobile. L'opérateur vient d'annoncer le rachat de Kervalo.",
     {"acquirer": "Datavolt", "target": "Kervalo"}),
    ("Datavolt étend son empire. Le géant chinois a annoncé le rachat du studio parisien Kervalo.",
     {"acquirer": "Datavolt", "target": "Kervalo"}),
])
def test_acquisition_roles(extract, text, expected):
    assert_one_event(extract, text, "acquisition", expected)


def test_deals_of_a_plural_named_one_by_one(extract):
    """"deux rachats : celui de X et celui d'Y": one deal per name, by the company told of (stop 44, dev_deals);
    a plural alone tells of deals in general (the negatives of test_acquisition_negatives)."""
    text = ("Kervalo lève 50 millions d'euros et consacre une large part de cet argent à deux rachats : celui de "
            "l'assureur allemand Datavolt et celui d'Unkle, spécialiste français de la garantie.")
    found = events_of(extract, text, "2023-03-01", etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == [("Kervalo", "Datavolt"), ("Kervalo", "Unkle")]


def test_takeovers_listed_with_the_verb_left_out(extract):
    """"B acquise par A, puis D par C et F par E": one deal per pair (stop 44, dev_deals)."""
    text = ("La cadence s'accélère. Kervalo acquise par Microsoft, puis Plumea par Twitter et Veltrapay par "
            "TripAdvisor… Rares sont les mois sans cession.")
    found = events_of(extract, text, "2014-06-01", etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == [
        ("Microsoft", "Kervalo"), ("Twitter", "Plumea"), ("TripAdvisor", "Veltrapay")]


@pytest.mark.parametrize("text, expected", [
    # the agent after 'par' may follow an aside, a company's size or a share
    ("La hausse vient du rachat de Kervalo (309 M€ de chiffre d'affaires) par Datavolt.",
     {"acquirer": "Datavolt", "target": "Kervalo", "price": None}),
    ("L'année a été marquée par l'acquisition de Quintar, 288 M€ de chiffre d'affaires, par Zorvanix.",
     {"acquirer": "Zorvanix", "target": "Quintar", "price": None}),
    ("Kervalo a été racheté à hauteur de 52,5 % par Datavolt en 2019.",
     {"acquirer": "Datavolt", "target": "Kervalo", "date": "2019"}),
    # a company's revenue is no price; the price beside it is
    ("Datavolt rachète Kervalo (CA de 130 M€) pour 200 millions d'euros.",
     {"acquirer": "Datavolt", "target": "Kervalo", "price": "200 millions d'euros"}),
    # the merged group's revenue, "chiffre(s) d'affaires global de", is no price (stop 26, real sealed 23)
    ("Datavolt a annoncé le rachat de Kervalo, formant un groupe avec un chiffres d'affaires global de 17 milliards "
     "d'euros.", {"acquirer": "Datavolt", "target": "Kervalo", "price": None}),
    ("Datavolt rachète Kervalo, qui affiche un chiffre d'affaires consolidé de 300 millions d'euros.",
     {"acquirer": "Datavolt", "target": "Kervalo", "price": None}),
    # what the deal is worth is its price; what a company is worth is no price (stop 27, real sealed 22)
    ("Zorvanix a annoncé jeudi l'acquisition de Quintar, l'éditeur de logiciels comptables, dans le cadre d'un "
     "accord d'une valeur de 4,2 milliards de dollars.", {"acquirer": "Zorvanix", "target": "Quintar",
                                                          "price": "4,2 milliards de dollars"}),
    ("Datavolt rachète Kervalo au terme d'une transaction d'une valeur totale de près de 80 millions d'euros.",
     {"acquirer": "Datavolt", "target": "Kervalo", "price": "80 millions d'euros"}),
    ("Datavolt rachète Kervalo, une société d'une valeur de 80 millions d'euros selon ses fondateurs.",
     {"acquirer": "Datavolt", "target": "Kervalo", "price": None}),
    # 'fusion-acquisition' told as the purchase that follows: the purchase's parties
    ("Le marché a été porté par une fusion-acquisition issue du rachat de Kervalo par Datavolt.",
     {"acquirer": "Datavolt", "target": "Kervalo"}),
    # an offer's 'de' names who makes it, 'sur' or 'contre' its target, else the subject
    ("Quintar juge hostile l'OPA de Zorvanix.", {"acquirer": "Zorvanix", "target": "Quintar"}),
    ("L'OPA de Zorvanix sur Quintar a été lancée jeudi.", {"acquirer": "Zorvanix", "target": "Quintar"}),
    ("Zorvanix prépare une OPA contre Quintar.", {"acquirer": "Zorvanix", "target": "Quintar"}),
    # an offer with no target named after it is on the other company of the sentence (stop 27, real sealed 36)
    ("Quintar s'envole de 50 % alors que Zorvanix va lancer une OPA amicale au prix de 0,85 euro par action.",
     {"acquirer": "Zorvanix", "target": "Quintar"}),
    # a kind and the offer's amount may come before who makes it (stop 27, real sealed 32)
    ("Le secteur est secoué par une offre publique d'achat hostile de plus de 117 milliards de dollars de Zorvanix "
     "sur Quintar.", {"acquirer": "Zorvanix", "target": "Quintar", "price": "117 milliards de dollars"}),
    # buyers named together: the first is the acquirer (§4, as for a merger)
    ("Activa Capital et Bpifrance Investissement ont pris le contrôle de Kervalo.",
     {"acquirer": "Activa Capital", "target": "Kervalo"}),
    # a name with its short form in brackets: the full name
    ("Zorvanix Group AB (Zorvanix) a annoncé un accord pour acquérir le studio Kervalo.",
     {"acquirer": "Zorvanix Group AB", "target": "Kervalo"}),
    # the one bought named by its kind before the buyer: the company told of (stop 27, real sealed 34)
    ("La directrice de Kervalo démissionne. Ce départ précède la finalisation du rachat de l'entreprise par le fonds "
     "Datavolt pour 5,3 milliards de dollars.", {"acquirer": "Datavolt", "target": "Kervalo",
                                                 "price": "5,3 milliards de dollars"}),
    # ... or the subject of the passive, before the verb (stop 34, real opened sets)
    ("Kervalo a séduit 2 000 magasins. La start-up française vient d'être rachetée par Datavolt, quinze mois "
     "après ses débuts.", {"acquirer": "Datavolt", "target": "Kervalo"}),
    ("Veltrapay est né en 1998 à Palo Alto. L'entreprise a été rachetée par Datavolt en 2004.",
     {"acquirer": "Datavolt", "target": "Veltrapay", "date": "2004"}),
    # a passive with no agent: its subject is the one bought (stop 22)
    ("On a appris que la start-up Kervalo a été rachetée, pour plus de 440 millions de dollars.",
     {"acquirer": None, "target": "Kervalo", "price": "440 millions de dollars"}),
    ("Les deux studios de Datavolt sont acquis pour 20 millions d'euros.",
     {"acquirer": None, "target": "Datavolt", "price": "20 millions d'euros"}),
])
def test_acquisition_parties_told_around_asides(extract, text, expected):
    assert_one_event(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, acquirer", [
    # a list closed before the subject by a comma is no list of buyers
    ("Après Quintar, Datavolt rachète Kervalo pour 20 millions d'euros.", "Datavolt"),
    # 'le rachat de' names what is bought, unlike an offer's 'de'
    ("Datavolt annonce le rachat de Kervalo.", "Datavolt"),
])
def test_acquisition_parties_negatives(extract, text, acquirer):
    assert [e["acquirer"] for e in events_of(extract, text, etype="acquisition")] == [acquirer]


@pytest.mark.parametrize("text, acquirer, target", [
    # the names of an apposition closed by a comma describe the subject it opens on
    ("Datavolt, filiale du géant de l'informatique Kervalo, a annoncé mardi un accord en vue d'acquérir la société "
     "Quintar.",
     "Datavolt", "Quintar"),
    ("Sa holding, Kervalo, qui possède entre autres Datavolt et Zorvanix, s'est offert au printemps Quintar.",
     "Kervalo", "Quintar"),
])
def test_the_buyer_is_the_subject_an_apposition_describes(extract, text, acquirer, target):
    acquisitions = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in acquisitions] == [(acquirer, target)]


@pytest.mark.parametrize("text, acquirer, target", [
    ("Vmware s'est ainsi emparé de Datrium, un rachat surprise.", "Vmware", "Datrium"),
    # the one bought first, its buyer after "dans le giron de", "dans l'escarcelle de"
    ("Vaultrix passe dans le giron de Capgemini.", "Capgemini", "Vaultrix"),
    ("Le comparateur Datavolt passait sous le pavillon japonais Rakuten pour 200 millions d'euros.",
     "Rakuten", "Datavolt"),
    ("En 2021, Kervalo est passé sous pavillon Ubisoft.", "Ubisoft", "Kervalo"),
    ("La start-up Kervalo tombe dans l'escarcelle de Dassault Systèmes pour 20 millions d'euros.",
     "Dassault Systèmes", "Kervalo"),
    ("Atos cède Worldgrid à Alten pour 270 millions d'euros.", "Alten", "Worldgrid"),
    # "la vente de (sa filiale) X à Y": the buyer after "à" (stop 26, real sealed 25)
    ("Datavolt a finalisé la vente de sa filiale Kervalo à Quintar, une opération stratégique.", "Quintar", "Kervalo"),
    ("Le groupe Vivendi a vendu Editis à Lagardère l'an dernier.", "Lagardère", "Editis"),
    ("Ubisoft s'empare de Kiloo pour 50 millions d'euros.", "Ubisoft", "Kiloo"),
    # the verbs' gerunds: the deal told in passing, its buyer the clause's subject (stop 40, real rop1)
    ("En 2022, Quintar a musclé son offre de cloud en s’emparant de Kervalo pour 5,4 milliards de dollars.",
     "Quintar", "Kervalo"),
    ("En acquérant Datavolt pour 2 milliards d'euros, Capgemini devient le numéro un du secteur.",
     "Capgemini", "Datavolt"),
    ("Kervalo a grandi en s'offrant Vaultrix en 2019.", "Kervalo", "Vaultrix"),
    ("Quintar s'est renforcé en mettant la main sur Datavolt.", "Quintar", "Datavolt"),
    # an adverb after "la main" ("a lui-même mis la main récemment sur")
    ("Sony a lui-même mis la main récemment sur Bungie, en déboursant 3,6 milliards de dollars.", "Sony", "Bungie"),
    ("Nokia jette son dévolu sur Infinera, rachetée 2,3 milliards de dollars.", "Nokia", "Infinera"),
    # "mettre le grappin sur", and "la reprise de X" as a noun (its target after it)
    ("La société américaine Kervalo s'apprête à mettre le grappin sur l'entreprise québécoise Datavolt.",
     "Kervalo", "Datavolt"),
    ("Kervalo annonce la reprise de Datavolt.", "Kervalo", "Datavolt"),
    # the press's other verbs of buying, from a lexicon written apart from the data (stop 55)
    ("Kervalo a fait main basse sur Datavolt pour 20 millions d'euros.", "Kervalo", "Datavolt"),
    ("Quintar s'est payé Datavolt en 2021.", "Quintar", "Datavolt"),
    ("Le géant Kervalo avale Datavolt.", "Kervalo", "Datavolt"),
    ("Kervalo phagocyte Datavolt, son rival.", "Kervalo", "Datavolt"),
    ("Kervalo annexe Datavolt, son voisin.", "Kervalo", "Datavolt"),
    ("Quintar s'invite au capital de Datavolt.", "Quintar", "Datavolt"),
    ("Kervalo devient l'actionnaire majoritaire de Datavolt.", "Kervalo", "Datavolt"),
    # the imperfect and the future of the verbs (stop 28, real sealed 39): reported speech, deals ahead
    ("Le groupe Quintar a indiqué lundi qu'il rachetait Datavolt pour 80 millions d'euros.", "Quintar", "Datavolt"),
    ("Kervalo cédait alors sa filiale Datavolt à Capgemini.", "Capgemini", "Datavolt"),
    ("Selon son communiqué, Capgemini acquerra Kervalo d'ici la fin de l'année.", "Capgemini", "Kervalo"),
    # a buyer described at length after "au" (stop 28, real sealed 39)
    ("Atos a confirmé la cession de sa filiale Worldgrid au cabinet de conseil en ingénierie français Alten.",
     "Alten", "Worldgrid"),
    # the seller in apposition after "à son propriétaire" is no second target (stop 28, real sealed 39)
    ("Shutterstock rachetait Giphy à son propriétaire actuel, Meta, pour 53 millions de dollars.", "Shutterstock", "Giphy"),
    # a second deal word in a relative clause after the target keeps the target in the first's part
    # (stop 28, real sealed 41)
    ("Datavolt a acquis 94 % des actions de Kervalo, ce qui lui a permis de prendre le contrôle total de l'entreprise.",
     "Datavolt", "Kervalo"),
    # the buyer's own "projet de rachat" is a deal announced, pending its approvals (stop 28, real sealed 36)
    ("Capgemini a soumis à Bruxelles son projet de rachat de Kervalo.", "Capgemini", "Kervalo"),
    ("La Commission valide le projet de rachat de Kervalo par Quintar.", "Quintar", "Kervalo"),
    # the buyer after "par" before what it buys after "de" (stop 28, real sealed 31 and 36)
    ("L'acquisition par Capgemini de la start-up lyonnaise Kervalo a été annoncée en avril.", "Capgemini", "Kervalo"),
    ("La Commission valide le projet d'acquisition, par Quintar, des activités cloud de Datavolt.", "Quintar", "Datavolt"),
    # a journalist's conditional that only reports the price of a past deal (stop 28, real sealed 39)
    ("Meta aurait payé environ 400 millions de dollars pour acquérir Giphy en 2020.", "Meta", "Giphy"),
    # "son offre": the offer of the clause's subject, on the other company named (stop 31, real sealed 49)
    ("Datavolt détient 93,9 % de son concurrent Kervalo à l'issue de son offre publique d'achat.", "Datavolt",
     "Kervalo"),
    ("Quintar contrôle désormais la société Vaultrix grâce à son OPA.", "Quintar", "Vaultrix"),
    # "avale" a company; "passe sous le contrôle de" its buyer, the subject before it whatever an
    # apposition names (stop 31, the training corpus)
    ("Datavolt avale Kervalo pour 4,1 milliards d'euros.", "Datavolt", "Kervalo"),
    ("Le groupe néerlandais Quintar avale son concurrent Kervalo.", "Quintar", "Kervalo"),
    ("Kervalo passe sous le contrôle de Bridgepoint pour 1,6 milliard d'euros.", "Bridgepoint", "Kervalo"),
    ("Vaultrix, filiale qui conçoit des logiciels, notamment pour EDF, passe sous le contrôle d'Alten.",
     "Alten", "Vaultrix"),
    # the relative pronoun stands for what was bought, named before it (stop 31, the training corpus)
    ("Le module de paiement vient de l'éditeur nantais Kervalo, que Datavolt a racheté l'an dernier.",
     "Datavolt", "Kervalo"),
    ("Son moteur de recherche est signé Quintar, qu'Ubisoft avait acquis en 2019 pour 30 millions d'euros.",
     "Ubisoft", "Quintar"),
    ("La plateforme appartient à Kervalo, que le groupe américain Salesforce a rachetée en mars.",
     "Salesforce", "Kervalo"),
    # the buyer after "dans le giron de" though another deal word opens the sentence's next part
    # (stop 43, the real-structure dev set)
    ("Kervalo passe dans le giron d'Alten : les fonds étrangers s'emparent des pépites européennes.",
     "Alten", "Kervalo"),
    # an adverb inside the idiom, an elided word before the name, a giron the buyer brings in
    # (stop 43, the real-structure dev set)
    ("Datavolt met officiellement la main sur Kervalo pour 1,2 milliard d'euros.", "Datavolt", "Kervalo"),
    ("Quintar avale la start-up d'IA Kervalo et laisse le reste à Alten.", "Quintar", "Kervalo"),
    ("En parallèle, Datavolt fait aussi entrer dans son giron l'éditeur Kervalo.", "Datavolt", "Kervalo"),
])
def test_more_ways_of_saying_a_deal(extract, text, acquirer, target):
    acquisitions = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in acquisitions][:1] == [(acquirer, target)]


def test_takeovers_listed_with_their_prices_respectively(extract):
    # (stop 43, the real-structure dev set: each takeover took the first amount)
    text = "Datavolt rachète Kervalo et Vaultrix, pour respectivement 765 millions et 450 millions de dollars."
    found = [(e["target"], e["price"]) for e in events_of(extract, text, etype="acquisition")]
    assert found == [("Kervalo", "765 millions"), ("Vaultrix", "450 millions de dollars")]


@pytest.mark.parametrize("text, price", [
    ("Capgemini a confirmé jeudi le rachat de Kervalo. Le montant de la transaction atteint 120 millions d'euros.",
     "120 millions d'euros"),
    ("Capgemini a confirmé jeudi le rachat de Kervalo. L'opération valorise la cible 300 millions d'euros.", None),
    ("Capgemini a confirmé jeudi le rachat de Kervalo. Le groupe débourse 80 millions d'euros pour cette ESN.",
     "80 millions d'euros"),
    ("Capgemini a confirmé jeudi le rachat de Kervalo. Il met la somme de 95 millions d'euros sur la table.",
     "95 millions d'euros"),
    # a deal's word with no party of its own gives the price of the deal just told (stop 27, real sealed 29)
    ("Capgemini a confirmé jeudi être en négociations exclusives pour acquérir Kervalo. Le groupe compte acquérir "
     "100 % du capital pour un prix de 640 millions d'euros.", "640 millions d'euros"),
    ("Capgemini a confirmé jeudi le rachat de Kervalo. Le montant du rachat était de 1,4 milliard d'euros.",
     "1,4 milliard d'euros"),
    ("Capgemini a confirmé jeudi le rachat de Kervalo. Les actionnaires pourront céder leurs titres au prix de "
     "25,50 euros par action.", None),
    # a participle of reckoning before the amount (stop 44, dev_deals)
    ("Capgemini a confirmé jeudi le rachat de Kervalo. Évalué à 10 milliards de dollars, il a été jugé onéreux.",
     "10 milliards de dollars"),
], ids=["amount-in-the-next-sentence", "a-valuation-is-no-price", "debourse", "la-somme-de", "deal-word-no-party",
        "le-montant-du-rachat", "per-share-after-a-deal-word", "evalue-a"])
def test_a_deals_price_in_the_next_sentence(extract, text, price):
    (ev,) = events_of(extract, text, etype="acquisition")
    assert (ev["acquirer"], ev["target"], ev["price"]) == ("Capgemini", "Kervalo", price)


def test_a_deal_told_with_a_possessive_goes_to_the_company_of_the_article(extract):
    text = ("Axalia rachète Datenwerk pour 1,2 milliard d'euros. Son précédent achat, le belge Paylane, lui avait "
            "coûté 310 millions d'euros en 2021.")
    deals = [(e["acquirer"], e["target"], e["price"]) for e in events_of(extract, text, etype="acquisition")]
    assert deals == [("Axalia", "Datenwerk", "1,2 milliard d'euros"), ("Axalia", "Paylane", "310 millions d'euros")]


def test_a_fines_noun_after_an_article_is_no_pronoun(extract):
    text = ("Meta publie ses comptes. Les amendes, qui ne pourront être infligées qu'à partir d'août 2026, iront "
            "jusqu'à 15 millions d'euros.")
    assert events_of(extract, text, etype="fine") == []


@pytest.mark.parametrize("text", [
    # stakes bought from their holders take none of them over (stop 28)
    "Le consortium rachètera au préalable les participations des fonds historiques Ventech et XAnge.",
    "Ubisoft rachète les parts de Tencent dans sa filiale chinoise.",
    # a plan with no owner of it stays a plan
    "Capgemini projette de racheter Kervalo.",
    "Capgemini a un projet de rachat de Kervalo à l'étude.",
    # a conditional is a hypothesis, and a conditional report stays a rumour
    "Sans ce veto, Vivendi absorberait Hachette et formerait un géant de l'édition.",
    "Selon Bloomberg, Meta aurait racheté Giphy pour 400 millions de dollars.",
    # a price told after "à" is no buyer
    "Le chinois Ulefone, vendu à bas prix sur Amazon, occupe le même créneau.",
])
def test_deals_that_buy_no_company(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


def test_a_stake_sold_is_no_acquisition(extract):
    text = "SoftBank cède sa participation dans Nvidia pour 5,8 milliards de dollars à des investisseurs."
    assert events_of(extract, text, etype="acquisition") == []


@pytest.mark.parametrize("text, target, amount", [
    ("La CNIL épingle Criteo et lui inflige 40 millions d'euros.", "Criteo", "40 millions d'euros"),
    ("L'Arcep met à l'amende Free pour 2 millions d'euros.", "Free", "2 millions d'euros"),
    # the regulator written "Cnil"; a news outlet sanctioned is a party, not a source
    ("La Cnil a sanctionné mardi le quotidien Le Monde d'une amende de 80.000 euros.", "Le Monde", "80.000 euros"),
    ("La décision a été notifiée à Criteo mardi : la Cnil sanctionne l'adtech d'une amende de 40 millions d'euros.",
     "Criteo", "40 millions d'euros"),
    # the imperfect and the future of the verbs (stop 28, real sealed 41)
    ("L'Arcep a annoncé qu'elle sanctionnait Free à hauteur de 300 000 euros.", "Free", "300 000 euros"),
    ("Selon la décision, Criteo écopera de 40 millions d'euros.", "Criteo", "40 millions d'euros"),
    # the one fined is the name an apposition describes, not the name inside it (stop 32, real sealed 54)
    ("Le réseau social Kervalo, propriété du géant américain Datavolt, a écopé jeudi d'une amende de "
     "310 millions d'euros.", "Kervalo", "310 millions d'euros"),
    ("Kervalo, filiale de Datavolt, a écopé d'une amende de 5 millions d'euros.", "Kervalo", "5 millions d'euros"),
    ("Kervalo a racheté Veltrapay, et Datavolt a écopé d'une amende de 5 millions d'euros.", "Datavolt",
     "5 millions d'euros"),
])
def test_more_ways_of_saying_a_fine(extract, text, target, amount):
    fines = events_of(extract, text, etype="fine")
    assert [(e["target"], e["amount"]) for e in fines] == [(target, amount)]


@pytest.mark.parametrize("title, first", [
    # a fine first stated in a sentence that gives no event of its own (a title's list of the week's
    # news) points at that sentence's mentions (§2b; stop 32, the team's dev set)
    ("# La semaine tech : Datavolt s'étend en Espagne, Kervalo sanctionné, Veltrapay dément", True),
    # a title that names the company but states no fine is no first statement
    ("# La semaine tech : Datavolt s'étend en Espagne, Kervalo recrute, Veltrapay dément", False),
])
def test_a_fine_points_at_its_first_statement(extract, title, first):
    body = ("Datavolt a ouvert un bureau à Madrid. Du côté des télécoms, l'Arcep a annoncé mercredi une amende "
            "de 5 millions d'euros infligée à Kervalo pour des retards.")
    text = title + "\n\n" + body
    (fine,) = [ev for ev in extract(text, PUBLISHED)["events"] if ev["type"] == "fine"]
    start, end = fine["roles"]["target"]
    assert text[start:end] == "Kervalo"
    assert (start < len(title)) == first


def test_opening_the_capital_is_a_round(extract):
    text = "Doctolib ouvre son capital à Eurazeo pour 150 millions d'euros."
    (ev,) = events_of(extract, text, etype="funding")
    assert (ev["company"], ev["amount"]) == ("Doctolib", "150 millions d'euros")


def test_one_deal_per_name_listed(extract):
    text = "Capgemini avait racheté Altran en 2019 pour 3,6 milliards d'euros, et Syniti en 2024."
    acquisitions = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"], e["date"]) for e in acquisitions] == [
        ("Capgemini", "Altran", "2019"), ("Capgemini", "Syniti", "2024")]
    assert acquisitions[0]["price"] == "3,6 milliards d'euros" and acquisitions[1]["price"] is None


@pytest.mark.parametrize("text, etype, party", [
    # "tirer son épingle du jeu" is to do well, not to be singled out for a fine
    ("Kervalo a lui aussi tiré son épingle du jeu en levant 18 millions de dollars.", "funding", "Kervalo"),
    ("Les start-up qui tirent leur épingle du jeu, comme Kervalo, ont levé 18 millions d'euros.", "funding", "Kervalo"),
    ("La CNIL épingle Kervalo et lui inflige une amende de 2 millions d'euros.", "fine", "Kervalo"),
])
def test_doing_well_is_no_fine(extract, text, etype, party):
    main = "company" if etype == "funding" else "target"
    assert [(e["type"], e[main]) for e in events_of(extract, text)] == [(etype, party)]


@pytest.mark.parametrize("text, etype, party", [
    # "en pleine reprise", "la reprise économique": a recovery, no takeover beside the round
    ("Ornikar a, en pleine reprise des examens, levé 15 millions d'euros auprès d'Elaia.", "funding", "Ornikar"),
    ("Dans un marché en pleine reprise, Kervalo a obtenu 15 millions d'euros de Partech.", "funding", "Kervalo"),
    ("Portée par la reprise économique, Kervalo a levé 15 millions d'euros auprès de Partech.", "funding", "Kervalo"),
    ("La reprise de Kervalo par Datavolt a été validée mardi.", "acquisition", "Kervalo"),
    ("Kervalo a été repris par Datavolt.", "acquisition", "Kervalo"),
])
def test_a_recovery_is_no_takeover(extract, text, etype, party):
    main = "company" if etype == "funding" else "target"
    assert [(e["type"], e[main]) for e in events_of(extract, text)] == [(etype, party)]


@pytest.mark.parametrize("text, expected", [
    # the participle left out after a comma: each name and its price another takeover
    ("Instagram avait été acheté un milliard de dollars en 2012, WhatsApp 19 milliards de dollars en 2014.",
     [(None, "Instagram", "un milliard de dollars", "2012"), (None, "WhatsApp", "19 milliards de dollars", "2014")]),
    ("Kervalo a été racheté par Datavolt pour 20 millions d'euros en 2019, Zenly 8 millions d'euros en 2021.",
     [("Datavolt", "Kervalo", "20 millions d'euros", "2019"), ("Datavolt", "Zenly", "8 millions d'euros", "2021")]),
    # a figure of the company after the comma is no takeover
    ("Kervalo, racheté 20 millions d'euros en 2019, réalise 5 millions d'euros de chiffre d'affaires.",
     [(None, "Kervalo", "20 millions d'euros", "2019")]),
])
def test_takeovers_sharing_a_participle(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"], e["price"], e["date"]) for e in found] == expected


@pytest.mark.parametrize("text, targets", [
    # "le rachat de X et de Y": one deal per name
    ("Orange a annoncé le rachat de Kervalo et de Datavolt.", ["Kervalo", "Datavolt"]),
    ("La filiale est issue du rachat de Kervalo en Allemagne et de Datavolt.", ["Kervalo", "Datavolt"]),
    # not a name after the aside the target stood in, nor a merger's second party
    ("Le marché compte Flink, GoPuff (qui s'est offert Dija) ou encore Nuagis.", ["Dija"]),
    ("La fusion de Kervalo et de Datavolt a été annoncée mardi.", ["Datavolt"]),
    ("Datavolt a racheté Kervalo avec le soutien de Partech et de Bpifrance.", ["Kervalo"]),
])
def test_targets_listed_with_de(extract, text, targets):
    assert [e["target"] for e in events_of(extract, text, etype="acquisition")] == targets


@pytest.mark.parametrize("text, prices", [
    # one price for several companies says nothing of each one's (§4, stop 54)
    ("En 2019, Orange avait racheté le britannique SecureData et le néerlandais SecureLink, pour 515 millions "
     "d'euros.", [None, None]),
    # each its own
    ("Capgemini avait racheté Altran en 2019 pour 3,6 milliards d'euros, et Syniti en 2024 pour 1 milliard "
     "d'euros.", ["3,6 milliards d'euros", "1 milliard d'euros"]),
])
def test_one_price_for_several_takeovers_is_none(extract, text, prices):
    assert [e["price"] for e in events_of(extract, text, etype="acquisition")] == prices


@pytest.mark.parametrize("text, dates", [
    # a date before the verb dates every name of the list
    ("Le 3 mars, Salesforce a acquis Slack, Heroku et MuleSoft.", ["3 mars", "3 mars", "3 mars"]),
    ("En 2019, Orange avait déjà racheté le britannique SecureData et le néerlandais SecureLink.",
     ["2019", "2019"]),
    # one after the verb is the first name's own
    ("La plateforme a aussi racheté en 2019 le russe Busfor, puis le français Klaxit.", ["2019", None]),
    # "depuis" in an aside is no "puis" that opens a later deal
    ("Le 3 mars, Salesforce a acquis Slack, coté depuis peu, et Heroku.", ["3 mars", "3 mars"]),
])
def test_a_fronted_date_dates_each_name_listed(extract, text, dates):
    assert [e["date"] for e in events_of(extract, text, etype="acquisition")] == dates


@pytest.mark.parametrize("text, expected", [
    # a name in a fronted clause before an anaphoric subject buys nothing: the company told of does
    ("Kervalo poursuit ses emplettes en Afrique. Avant Datavolt Sénégal, l'opérateur français avait officialisé le "
     "rachat de Quintar.", ("Kervalo", "Quintar")),
    ("Kervalo publie ses résultats. Comme Datavolt, il a racheté Quintar.", ("Kervalo", "Quintar")),
    # with no anaphora, the name after the comma is the subject
    ("Kervalo publie ses résultats. Après Datavolt, Orbis a racheté Quintar.", ("Orbis", "Quintar")),
])
def test_a_fronted_clause_names_no_buyer(extract, text, expected):
    (ev,) = events_of(extract, text, etype="acquisition")
    assert (ev["acquirer"], ev["target"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a second takeover verb joined by "et" has the first one's buyer, and the amount before "et"
    # is the first one's price
    ("Kervalo a racheté en 2023 l'américain Datavolt pour 1,2 milliard de dollars et pris le contrôle de "
     "l'espagnol Quintar.", [("Kervalo", "Datavolt", "1,2 milliard de dollars"), ("Kervalo", "Quintar", None)]),
    ("Kervalo a racheté Datavolt et a aussi acquis Quintar.", [("Kervalo", "Datavolt", None), ("Kervalo", "Quintar", None)]),
    # a participle sharing the first verb's auxiliary after "puis" buys what follows it
    ("Le fonds Kervalo avait pris en juin 2024 une participation minoritaire dans Datavolt, l'éditeur de "
     "l'application Orbis Pilot, puis racheté en décembre le fabricant de capteurs Quintar.",
     [("Kervalo", "Datavolt", None), ("Kervalo", "Quintar", None)]),
    # the name before "et" buys when it is the subject of its own verb
    ("Kervalo a racheté Datavolt, et Quintar a acquis Orbis.", [("Kervalo", "Datavolt", None), ("Quintar", "Orbis", None)]),
])
def test_a_second_takeover_verb_has_the_first_ones_buyer(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"], e["price"]) for e in found] == expected


@pytest.mark.parametrize("text, dates", [
    # the date before the "et" is the first verb's; the second takes its own
    ("Kervalo a racheté Datavolt pour 1,2 milliard de dollars en 2019 et pris le contrôle de Quintar en 2021.",
     ["2019", "2021"]),
    # a stake taken with words between the verb and "une participation"
    ("Kervalo a pris l'an dernier une participation dans Datavolt.", ["l'an dernier"]),
])
def test_each_verb_of_the_buyer_keeps_its_date(extract, text, dates):
    assert [e["date"] for e in events_of(extract, text, etype="acquisition")] == dates


@pytest.mark.parametrize("text, acquirer, target", [
    ("Bruxelles examine le rachat de Just Eat Takeaway par le néerlandais Prosus pour 4,1 milliards d'euros.",
     "Prosus", "Just Eat Takeaway"),
    # a possessive and two words of kind before the buyer
    ("Datavolt a été racheté par son concurrent britannique Kervalo.", "Kervalo", "Datavolt"),
])
def test_acquirer_after_par_and_an_adjective(extract, text, acquirer, target):
    (ev,) = events_of(extract, text, etype="acquisition")
    assert (ev["acquirer"], ev["target"]) == (acquirer, target)


def test_a_merger_takes_the_first_named_as_acquirer(extract):
    text = "Les intégrateurs Nuagis et Datacorp ont annoncé leur fusion."
    (ev,) = events_of(extract, text, etype="acquisition")
    assert (ev["acquirer"], ev["target"]) == ("Nuagis", "Datacorp")


@pytest.mark.parametrize("text", [
    "Selon Bloomberg, Salesforce serait intéressé par un rachat de Qlimo.",
    "SoftBank a cédé sa participation dans Nvidia pour 5,8 milliards de dollars.",
    "Apple envisage de racheter Perplexity.",
    "Sopra Steria serait en négociations pour racheter Kervalo.",
    "Datavolt négocie le rachat de Kervalo.",
    # a plural noun tells of a company's deals in general, not of one
    "Les acquisitions de Kervalo se sont multipliées depuis 2020.",
    # a recovery is no takeover
    "La reprise du marché a profité à Kervalo au second semestre.",
    "Datavolt a ralenti ses rachats de start-up cette année.",
    # sales that are no sale of a company
    "Les ventes de Kervalo ont progressé de 12 % au troisième trimestre.",
    "La vente de smartphones à Orange a baissé en 2024.",
    # a company merging its own products or units: no deal between companies (stop 31, real sealed 49)
    "Kervalo avait annoncé fusionner ses solutions de monitoring Vaultix et Orbis au sein d'une plateforme.",
    "Datavolt va fusionner ses deux marques Quintar et Vaultrix.",
    # to swallow a loss, control by an authority: no takeover
    "Datavolt a dû avaler une perte de 20 millions d'euros.",
    "Kervalo passe sous le contrôle des autorités de Bruxelles.",
    # a relative clause whose verb is no deal's names no target
    "Kervalo, que Datavolt a conseillé, a vu ses ventes progresser.",
])
def test_acquisition_negatives(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


@pytest.mark.parametrize("text, expected", [
    # "de la part de" names who makes the offer (stop 27, real sealed 32)
    ("Kervalo a annoncé la réception d'une proposition de rachat de 3,6 milliards de dollars de la part de son rival "
     "américain Datavolt.", [("Datavolt", "Kervalo", "3,6 milliards de dollars")]),
    # and sets right a headline that read the parties the other way round
    ("# Kervalo grimpe après une offre de rachat de son rival Datavolt\n\nKervalo a annoncé la réception d'une "
     "proposition de rachat de 3,6 milliards de dollars de la part de son rival américain Datavolt.",
     [("Datavolt", "Kervalo", "3,6 milliards de dollars")]),
    # an offer "sur" a company, with its maker after "de" or a takeover's kind (stop 28, real sealed 31)
    ("Les grandes manœuvres continuent, avec l'offre mixte géante de Datavolt sur Kervalo.", [("Datavolt", "Kervalo", None)]),
    ("Quintar a lancé une offre hostile sur Kervalo.", [("Quintar", "Kervalo", None)]),
    # a commercial offer on a service is none
    ("Kervalo propose une offre sur Netflix à 5 euros par mois.", []),
])
def test_an_offer_from_a_buyer(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"], e["price"]) for e in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a merger told by its gerund after the subject, and a buyer who "gobe" (stop 27, real sealed 36)
    ("Le 11 février, l'entreprise new-yorkaise Datavolt gobait le français Kervalo, spécialiste du cloud.",
     [("Datavolt", "Kervalo")]),
    ("Kervalo a annoncé mardi fusionner avec le groupe néerlandais Datavolt.", [("Kervalo", "Datavolt")]),
    ("Quintar est devenu leader en fusionnant avec le groupe néerlandais Datavolt.", [("Quintar", "Datavolt")]),
])
def test_more_buying_words(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == expected


def test_a_glued_full_stop_inside_a_name_ends_nothing(extract):
    # "Your.Online" is a name, where "aéronautiques.Cette" ends a sentence (stop 27, real sealed 36)
    text = "Le spécialiste Kervalo est devenu Your.Online en fusionnant avec le groupe Datavolt."
    assert [e["target"] for e in events_of(extract, text, etype="acquisition")] == ["Datavolt"]


def test_a_full_stop_glued_to_the_next_sentence_ends_it(extract):
    # pasted agency copy: "aéronautiques.Cette transaction" ends one sentence and starts the next,
    # so each deal keeps its own parties (stop 27, real sealed 32)
    text = ("Datavolt a annoncé jeudi racheter pour 8 milliards de dollars son concurrent Kervalo, fournisseur des "
            "industries aéronautiques.Cette transaction suit l'OPA de Zorvanix sur Quintar.")
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"], e["price"]) for e in found] == [
        ("Datavolt", "Kervalo", "8 milliards de dollars"), ("Zorvanix", "Quintar", None)]


@pytest.mark.parametrize("text, expected", [
    # deals named in the plural with their buyer after "par": one each, told as done (stop 27, real sealed 27)
    ("L'UE craint de nouveaux quasi-monopoles, comme avec les rachats de Kervalo et Quintar par Datavolt.",
     [("Datavolt", "Kervalo", "completed"), ("Datavolt", "Quintar", "completed")]),
    ("Les acquisitions de Kervalo, de Quintar et de Zorvanix par Datavolt ont dessiné le marché.",
     [("Datavolt", "Kervalo", "completed"), ("Datavolt", "Quintar", "completed"), ("Datavolt", "Zorvanix", "completed")]),
    # with no buyer named, deals in general
    ("Les rachats de Kervalo et Quintar ont dessiné le marché.", []),
])
def test_deals_named_in_the_plural(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"], e["status"]) for e in found] == expected


# ------------------------------------------------------------------ fine

@pytest.mark.parametrize("text, expected", [
    ("La CNIL inflige une amende de 325 millions d'euros à Google.",
     {"authority": "CNIL", "target": "Google", "amount": "325 millions d'euros"}),
    ("Apple a été condamné mardi par l'Autorité de la concurrence à 150 millions d'euros d'amende.",
     {"authority": "Autorité de la concurrence", "target": "Apple", "amount": "150 millions d'euros",
      "date": "mardi"}),
    ("La Commission européenne a sanctionné Meta à hauteur de 200 millions d'euros.",
     {"authority": "Commission européenne", "target": "Meta", "amount": "200 millions d'euros"}),
    ("Le tribunal de commerce de Paris a condamné Google à verser 40 millions d'euros à Booking.",
     {"target": "Google", "amount": "40 millions d'euros"}),
    # the amount inside the statement, not the one it was later cut to
    ("Kervalo publie ses comptes. En mars 2020, la CNIL lui avait infligé 2 millions d'euros pour des cookies, "
     "une amende ramenée en appel à 1 million.", {"target": "Kervalo", "amount": "2 millions d'euros"}),
    # a company named after its kind, and the party paid named after the amount
    ("La cour d'appel de Lyon a condamné mardi la plateforme de réservation hôtelière Loustal à verser "
     "3 millions d'euros de dommages et intérêts à l'Umih.", {"authority": "cour d'appel de Lyon", "target": "Loustal", "amount": "3 millions d'euros"}),
    # "une sanction à N", "une sanction de près de N" (stop 25)
    ("Veltrapay fait annuler en appel une sanction à 53 millions d'euros prononcée par l'Arcep.",
     {"authority": "Arcep", "target": "Veltrapay", "amount": "53 millions d'euros"}),
    ("L'Arcep confirme contre Veltrapay une sanction de près de 12 millions d'euros.",
     {"authority": "Arcep", "target": "Veltrapay", "amount": "12 millions d'euros"}),
    # a target named by its kind and a qualifier after an amount, and the German banking regulator (stop 27,
    # real sealed 32)
    ("Le superviseur financier allemand, la BaFin, a infligé une nouvelle amende d'un montant de 9,2 millions "
     "d'euros à la banque en ligne Kervalo.", {"authority": "BaFin", "target": "Kervalo",
                                                "amount": "9,2 millions d'euros"}),
    ("La CNIL a infligé une amende de 8 millions d'euros à l'opérateur historique Kervalo.",
     {"authority": "CNIL", "target": "Kervalo", "amount": "8 millions d'euros"}),
    # an authority named with its other form in brackets: the name before the brackets (§4; stop 27,
    # real sealed 29)
    ("L'AGCM (Autorità Garante della Concorrenza e del Mercato) vient d'infliger à Kervalo une amende de 12 "
     "millions d'euros.", {"authority": "AGCM", "target": "Kervalo", "amount": "12 millions d'euros"}),
    ("La Commission nationale de l'informatique et des libertés (CNIL) a infligé une amende de 5 millions "
     "d'euros à Kervalo.", {"authority": "Commission nationale de l'informatique et des libertés",
                             "target": "Kervalo"}),
    # ... with a word on it after the short form in the brackets (stop 29)
    ("L'Autorité de régulation des postes et télécoms (ARPT, publique) a infligé une pénalité de 2 millions "
     "d'euros à Kervalo.", {"authority": "Autorité de régulation des postes et télécoms", "target": "Kervalo"}),
    # any name before the brackets, not only a listed authority's (stop 27, real sealed 36)
    ("La Comisión Nacional de los Mercados y la Competencia (CNMC), l'autorité espagnole de la concurrence, inflige "
     "143,6 millions d'euros d'amende à Kervalo.", {"authority": "Comisión Nacional de los Mercados y la Competencia",
                                                    "target": "Kervalo", "amount": "143,6 millions d'euros"}),
    # the company the article tells of, named by its kind before a passive (stop 26, real sealed 25)
    ("Kervalo publie ses comptes. L'entreprise avait déjà été condamnée par la CNIL à 1,8 million d'euros en 2024.",
     {"authority": "CNIL", "target": "Kervalo", "amount": "1,8 million d'euros", "date": "2024"}),
    # a settlement's payment the company accepts (stop 26, real sealed 25)
    ("Kervalo a conclu un accord avec la Federal Trade Commission (FTC), acceptant de verser 2,5 milliards de "
     "dollars pour mettre fin au procès.", {"authority": "Federal Trade Commission", "target": "Kervalo",
                                          "amount": "2,5 milliards de dollars"}),
])
def test_fine_roles(extract, text, expected):
    assert_one_event(extract, text, "fine", expected)


@pytest.mark.parametrize("text, authority, target", [
    # who imposes a fine on a name after it is the authority, whether or not it is a listed regulator
    ("Le CRTC impose des pénalités de 7,5 millions de dollars à Bell Canada.", "CRTC", "Bell Canada"),
    ("La NCC a infligé une amende de 5,2 milliards de dollars à MTN Nigeria.", "NCC", "MTN Nigeria"),
    ("L'ANRT inflige une amende de 3 millions de dirhams à la société Kervalo.", "ANRT", "Kervalo"),
    # a payment between companies has no authority; the one condemned keeps its place
    ("Free est condamné à payer 25 millions d'euros à Bouygues Telecom.", None, "Free"),
    # regulators written in full are no party (stop 34, real opened sets)
    ("Kervalo est visé. La Direction générale de la concurrence, de la consommation et de la répression des "
     "fraudes vient de lui infliger une amende de 2,2 millions d'euros.",
     "Direction générale de la concurrence, de la consommation et de la répression des fraudes", "Kervalo"),
    ("Datavolt a été pénalisé par l'Agence nationale de réglementation des télécommunications, avec une amende "
     "de 3 millions de dirhams.", "Agence nationale de réglementation des télécommunications", "Datavolt"),
    # a commissioner's office, a Dutch authority by its own name (stop 53, training/src)
    ("Kervalo a été touché. L'Information Commissioner's Office britannique l'avait condamné à 12,7 millions de "
     "livres en avril 2023.", "Information Commissioner's Office", "Kervalo"),
    ("L'Autoriteit Persoonsgegevens a infligé 290 millions d'euros à Kervalo.", "Autoriteit Persoonsgegevens",
     "Kervalo"),
    # a competition council named with its country, a Russian antimonopoly service (the second real dev set)
    ("Le Conseil turc de la concurrence a infligé une amende de 196,6 millions de livres turques à Kervalo.",
     "Conseil turc de la concurrence", "Kervalo"),
    ("Le Service fédéral antimonopole a frappé Kervalo d'une amende de 2 milliards de roubles.",
     "Service fédéral antimonopole", "Kervalo"),
    # the Union written with a capital (dev_real4): an authority, not the one fined
    ("Kervalo écope d'une nouvelle amende : l'Union Européenne a imposé à Kervalo une sanction de 1,49 milliard "
     "d'euros.", "Union Européenne", "Kervalo"),
])
def test_the_one_who_imposes_a_fine_is_its_authority(extract, text, authority, target):
    (ev,) = events_of(extract, text, etype="fine")
    assert (ev["authority"], ev["target"]) == (authority, target)


@pytest.mark.parametrize("text, authority", [
    # a court told as the one that decided, with no name: no authority, no regulator named before
    # stands in (§4, stop 54)
    ("La CNIL enquête sur Kervalo. Aux États-Unis, un jury fédéral de San Francisco a condamné Kervalo à "
     "verser 425 millions de dollars.", None),
    ("La CNIL enquête sur Kervalo. La semaine dernière, c'est une juridiction moscovite qui l'a condamné à "
     "verser 21 milliards de roubles.", None),
    # no word of who decided: the article's regulator (stop 22)
    ("La CNIL enquête sur Kervalo. Kervalo a écopé d'une amende de 2 millions d'euros.", "CNIL"),
])
def test_a_court_only_described_is_no_authority(extract, text, authority):
    (ev,) = events_of(extract, text, "2025-09-05", etype="fine")
    assert ev["authority"] == authority


@pytest.mark.parametrize("text, authority", [
    # stop 22: a fine told without its author is the regulator's, a court named since hears the appeal
    ("La Comco a ouvert une enquête contre Datavolt. L'affaire est pendante devant le Tribunal administratif "
     "fédéral. En 2009, une amende de 220 millions de francs avait été infligée à Datavolt.", "Comco"),
    ("Amende de 40 millions d'euros confirmée pour Kervalo\nHier, le Conseil d'État a rejeté le recours de Kervalo "
     "contre la décision de l'Autorité de la concurrence.", "Autorité de la concurrence"),
    # francophone regulators are authorities
    ("Kervalo avait écopé d'une amende de 7 milliards FCFA.\nL'ARTCI reproche à l'opérateur une qualité de service "
     "insuffisante.", "ARTCI"),
    # a verdict may be a court's: the nearest authority stays
    ("Datavolt condamné à verser 20 000 euros à Kervalo\nLe tribunal de commerce de Paris a tranché mardi. La "
     "Commission européenne suit aussi le dossier.", "tribunal de commerce de Paris"),
])
def test_a_fine_without_its_author_is_the_regulators(extract, text, authority):
    fines = events_of(extract, text, etype="fine")
    assert fines and fines[0]["authority"] == authority, fines


def test_a_payment_owed_is_no_fine_with_an_authority(extract):
    assert events_of(extract, "Datavolt devra payer 10 millions d'euros à Kervalo.", etype="fine") == []


@pytest.mark.parametrize("text, expected", [
    # a payment owed for a wrong is a sanction, its author named or not (stop 34, real opened sets)
    ("Le tribunal vient de trancher : Kervalo devra verser 48 millions d'euros pour abus de position dominante.",
     [("Kervalo", "48 millions d'euros")]),
    ("De son côté, Datavolt doit verser 200 millions d'euros pour avoir imposé un modèle payant.",
     [("Datavolt", "200 millions d'euros")]),
    # a payment with no wrong told is none
    ("Kervalo devra verser une indemnité de 3 millions d'euros à son ancien dirigeant.", []),
])
def test_a_payment_owed_for_a_wrong_is_a_fine(extract, text, expected):
    assert [(e["target"], e["amount"]) for e in events_of(extract, text, etype="fine")] == expected


@pytest.mark.parametrize("text, target", [
    # a fine's target named only by its kind after the verb is the company told of (stop 34, real opened sets)
    ("Kervalo conteste. Le gendarme de la concurrence a infligé une amende de 500 millions d'euros au géant "
     "américain pour ne pas avoir respecté ses injonctions.", "Kervalo"),
    ("Datavolt a perdu en appel. Plus récemment, la DPC avait condamné le réseau social à une nouvelle amende de "
     "265 millions d'euros.", "Datavolt"),
    # the kind before a name: that name
    ("Kervalo conteste. La CNIL a infligé une amende de 5 millions d'euros à la société Veltrapay.", "Veltrapay"),
])
def test_a_fines_target_named_by_its_kind(extract, text, target):
    assert [e["target"] for e in events_of(extract, text, etype="fine")] == [target]


def test_a_fine_with_no_target_named_is_none(extract):
    text = "Kervalo conteste. La CNIL a infligé une amende de 5 millions d'euros pour des cookies, un record."
    assert events_of(extract, text, etype="fine") == []


def test_a_fine_has_its_reason(extract):
    text = "La CNIL inflige une amende de 40 millions d'euros à Criteo pour non-respect du consentement des internautes."
    (ev,) = events_of(extract, text, etype="fine")
    assert ev["reason"].startswith("pour non-respect du consentement")


@pytest.mark.parametrize("text, expected", [
    ("La CNIL prononce une sanction de 100 millions d'euros à l'encontre de Datavolt et de 35 millions à l'encontre "
     "de Kervalo.", [("Datavolt", "100 millions d'euros"), ("Kervalo", "35 millions")]),
    ("La CNIL a prononcé des amendes de 90 millions d'euros à l'encontre de la société Datavolt et de 20 millions "
     "d'euros à l'encontre de la société Kervalo.", [("Datavolt", "90 millions d'euros"), ("Kervalo", "20 millions d'euros")]),
    # the verb left out before the second name's amount, after 'à'
    ("Datavolt est condamné à une amende de 500 millions d'euros et Kervalo à 200 millions d'euros.",
     [("Datavolt", "500 millions d'euros"), ("Kervalo", "200 millions d'euros")]),
    # as many amounts listed before the names as names, in order, without `respectivement` (stop 28, real sealed 41)
    ("La CNIL a infligé de lourdes amendes de 150 et 60 millions d'euros à Datavolt et Kervalo.",
     [("Datavolt", "150"), ("Kervalo", "60 millions d'euros")]),
    ("L'Arcep a infligé des amendes de 2 millions d'euros et 800 000 euros à Datavolt et à Kervalo.",
     [("Datavolt", "2 millions d'euros"), ("Kervalo", "800 000 euros")]),
    # one amount for two names says nothing of each one's share: each name is fined, its amount
    # untold (stop 60)
    ("La CNIL a infligé des amendes de 150 millions d'euros à Datavolt et Kervalo.",
     [("Datavolt", None), ("Kervalo", None)]),
    # names before the verb and as many amounts after it, in order, without `respectivement` (stop 44)
    ("Ses deux grossistes, Datavolt et Kervalo, sont sanctionnés de 76,1 millions d'euros et 62,9 millions d'euros.",
     [("Datavolt", "76,1 millions d'euros"), ("Kervalo", "62,9 millions d'euros")]),
    # a list the verb announces by a colon, each amount "pour" its company (stop 47, training/news)
    ("La DGCCRF a infligé ces pénalités : 1,494 million d'euros pour Datavolt, 1,168 million d'euros pour Kervalo, "
     "58 200 euros pour l'établissement de paiement Ondorse.",
     [("Datavolt", "1,494 million d'euros"), ("Kervalo", "1,168 million d'euros"), ("Ondorse", "58 200 euros")]),
])
def test_fines_against_each_name(extract, text, expected):
    fines = events_of(extract, text, etype="fine")
    assert [(e["target"], e["amount"]) for e in fines] == expected


def test_amounts_for_names_after_a_request_are_no_list_of_fines(extract):
    """Stop 47: "pour" a company pairs an amount with it only in the list the verb announces by a
    colon, not after what a plaintiff asks (training/events, a Québec court case)."""
    text = ("L'OPC souhaite les voir condamnées à des sanctions pénales : il demande 12 500 $ par infraction, soit "
            "1,5 million de dollars pour Datavolt et 25 000 $ pour Kervalo.")
    assert not {e["target"] for e in events_of(extract, text, etype="fine")} & {"Datavolt", "Kervalo"}


@pytest.mark.parametrize("text, expected", [
    # a fine with no one named gives its amount to the fine just told without one (stop 28, real sealed 23, 25, 27)
    ("Il y a quelques semaines, Datavolt était condamné par l'Arcep. Le régulateur a prononcé une amende de "
     "26 millions d'euros.", [("Arcep", "Datavolt", "26 millions d'euros")]),
    ("La CNIL vient d'infliger une lourde sanction à Kervalo. Dans sa décision, elle somme l'opérateur au paiement "
     "d'une amende de 9 millions d'euros.", [("CNIL", "Kervalo", "9 millions d'euros")]),
    # not another authority's: the fine stays without its amount (stop 60)
    ("L'Arcep a mis en demeure et sanctionné Kervalo. La DGCCRF a prononcé pour 4,6 millions d'euros d'amendes "
     "sans citer les entreprises visées.", [("Arcep", "Kervalo", None)]),
])
def test_a_fines_amount_told_after_it(extract, text, expected):
    fines = events_of(extract, text, etype="fine")
    assert [(e["authority"], e["target"], e["amount"]) for e in fines] == expected


def test_fines_with_each_amount_in_brackets(extract):
    """Stop 22: "une amende à X (N) et Y (M)": one fine per name, its amount in the brackets after it."""
    text = ("La CNIL a décidé d'infliger une amende à Datavolt (210 millions d'euros) et Kervalo (180 millions "
            "d'euros) en janvier 2023.")
    fines = events_of(extract, text, "2023-02-01", etype="fine")
    assert [(e["target"], e["amount"]) for e in fines] == [("Datavolt", "210 millions d'euros"),
                                                           ("Kervalo", "180 millions d'euros")]


def test_fines_against_each_name_take_the_decisions_date(extract):
    text = ("Le 7 décembre 2020, la CNIL a prononcé des amendes de 100 millions d'euros à l'encontre de Datavolt et "
            "de 35 millions à l'encontre de Kervalo.")
    fines = events_of(extract, text, "2020-12-10", etype="fine")
    assert [(e["target"], e["amount"], e["date"]) for e in fines] == [
        ("Datavolt", "100 millions d'euros", "7 décembre 2020"), ("Kervalo", "35 millions", "7 décembre 2020")]


@pytest.mark.parametrize("second, date", [
    # fines the next sentence adds to a dated one, by the same authority: the same decision (stop 27,
    # real sealed 29)
    ("Deux grossistes, Datavolt et Quintar, ont également été sanctionnés, respectivement à hauteur de 76 "
     "millions et 63 millions d'euros.", "lundi"),
    # an earlier decision, or another authority's, keeps no date of the first
    ("Quelques mois plus tôt, Datavolt s'était vu infliger 40 millions d'euros par l'Autorité de la "
     "concurrence.", None),
    ("La Commission européenne a infligé une amende de 40 millions d'euros à Datavolt.", None),
], ids=["same-decision", "earlier-decision", "other-authority"])
def test_fines_added_to_a_dated_decision(extract, second, date):
    text = ("L'Autorité de la concurrence a annoncé lundi avoir infligé à Kervalo une amende de 1,1 milliard "
            "d'euros pour entente illicite. " + second)
    fines = events_of(extract, text, "2020-03-17", etype="fine")
    assert len(fines) >= 2 and fines[0]["date"] == "lundi"
    assert {e["date"] for e in fines[1:]} == {date}


def test_a_statement_with_no_party_dates_the_fines_the_next_sentence_details(extract):
    text = ("Hier, mercredi 23 avril, la Commission européenne a imposé ses premières amendes au titre du DMA. Les deux "
            "entreprises visées sont Kervalo, qui s'est vu imposer une amende de 200 millions d'euros, et Datavolt, "
            "d'un montant de 500 millions.")
    fines = events_of(extract, text, "2025-04-24", etype="fine")
    assert [(e["target"], e["amount"], e["date"]) for e in fines] == [
        ("Kervalo", "200 millions d'euros", "mercredi 23 avril"), ("Datavolt", "500 millions", "mercredi 23 avril")]


def test_a_fine_told_first_without_its_amount_is_completed_by_the_body(extract):
    text = ("La CNIL inflige des amendes records à Kervalo\n\nLa CNIL a condamné Kervalo Ireland à une amende de "
            "60 millions d'euros, a-t-elle annoncé jeudi.")
    fines = events_of(extract, text, etype="fine")
    assert [(e["authority"], e["target"], e["amount"]) for e in fines] == [("CNIL", "Kervalo", "60 millions d'euros")]


@pytest.mark.parametrize("text", [
    # a ceiling the authority may impose is no fine
    "En théorie, l'Union est en droit d'infliger une amende de 10 % du chiffre d'affaires, soit 16 milliards de "
    "dollars pour Kervalo.",
    "Kervalo encourt une amende pouvant aller jusqu'à 4 % de son chiffre d'affaires, soit 2 milliards d'euros.",
])
def test_fines_that_are_only_possible(extract, text):
    assert events_of(extract, text, etype="fine") == []


def test_sanctions_with_no_amount_are_no_fine(extract):
    assert events_of(extract, "Les sanctions de la CNIL se multiplient contre les éditeurs.", etype="fine") == []


def test_two_fines_in_one_clause(extract):
    text = "La CNIL avait infligé 150 millions d'euros à Google en 2021 et 60 millions d'euros à Microsoft."
    fines = events_of(extract, text, etype="fine")
    assert sorted((e["target"], e["amount"]) for e in fines) == [
        ("Google", "150 millions d'euros"), ("Microsoft", "60 millions d'euros")]


def test_a_fine_told_with_a_pronoun_goes_to_the_company_of_the_article(extract):
    text = ("Kervalo a publié ses comptes mardi. Le groupe reste sous surveillance. En mars 2021, la CNIL lui avait "
            "infligé 2 millions d'euros.")
    fines = events_of(extract, text, etype="fine")
    assert [(e["authority"], e["target"], e["amount"]) for e in fines] == [("CNIL", "Kervalo", "2 millions d'euros")]


@pytest.mark.parametrize("text, expected", [
    ("La CNIL a sanctionné jeudi deux éditeurs. Kervalo écope d'une amende de 3 millions d'euros pour défaut de "
     "consentement, et Plumea de 1 million d'euros pour des cookies.",
     [("Kervalo", "3 millions d'euros"), ("Plumea", "1 million d'euros")]),
    ("L'Arcep a sanctionné Orange à hauteur de 2 millions d'euros, et Bouygues Telecom de 500 000 euros.",
     [("Bouygues Telecom", "500 000 euros"), ("Orange", "2 millions d'euros")]),
    # nothing between the name and its amount, a date of its own after it; what the company is before
    # its name (stop 47, training corpus)
    ("La FTC privilégie les transactions : Equifax a accepté de verser 700 millions de dollars en 2019, et "
     "T-Mobile 350 millions de dollars en 2022.",
     [("Equifax", "700 millions de dollars"), ("T-Mobile", "350 millions de dollars")]),
    ("En octobre 2020, Kervalo avait écopé de 20 millions de livres, et la chaîne hôtelière Plumea de 18,4 millions "
     "de livres.", [("Kervalo", "20 millions de livres"), ("Plumea", "18,4 millions de livres")]),
], ids=["ecope-then-gapped", "sanctionne-then-gapped", "no-preposition", "kind-before-name"])
def test_two_fines_with_the_verb_left_out(extract, text, expected):
    fines = events_of(extract, text, etype="fine")
    assert sorted((e["target"], e["amount"]) for e in fines) == expected


@pytest.mark.parametrize("text, expected", [
    # a second fine told by "une autre" (stop 47, training corpus)
    ("La CNIL a rendu publiques mercredi une amende de 325 millions d'euros contre Google et une autre de 150 "
     "millions d'euros contre Shein, le géant chinois.",
     [("Google", "325 millions d'euros"), ("Shein", "150 millions d'euros")]),
    ("L'Arcep a infligé une sanction de 2 millions d'euros à Orange, et une autre de 500 000 euros à Bouygues Telecom.",
     [("Bouygues Telecom", "500 000 euros"), ("Orange", "2 millions d'euros")]),
    # "une autre" with no company after its amount is none
    ("La CNIL a infligé une amende de 325 millions d'euros à Google et une autre de 150 millions d'euros en 2020.",
     [("Google", "325 millions d'euros")]),
])
def test_a_second_fine_told_by_une_autre(extract, text, expected):
    fines = events_of(extract, text, etype="fine")
    assert sorted((e["target"], e["amount"]) for e in fines) == expected


def test_two_fines_with_the_verb_left_out_dated(extract):
    """Stop 47: the gapped fine's own date after its amount, not the first one's."""
    text = ("La FTC privilégie les transactions : Equifax a accepté de verser 700 millions de dollars en 2019, et "
            "T-Mobile 350 millions de dollars en 2022.")
    assert [(e["target"], e["date"]) for e in events_of(extract, text, etype="fine")] == [
        ("Equifax", "2019"), ("T-Mobile", "2022")]


@pytest.mark.parametrize("text, expected", [
    # a sanction detailed company by company, each with its own verb of paying (stop 44, training/events)
    ("L'Autorité de la concurrence a sanctionné quatre fabricants de téléviseurs. Veltrapay écope de la sanction la "
     "plus lourde, soit 63,5 millions d'euros. Kervalo devra verser 29,8 millions d'euros, Datavolt est condamné à "
     "régler 10,2 millions d'euros et Plumea se voit réclamer 7,7 millions d'euros.",
     [("Autorité de la concurrence", "Veltrapay", "63,5 millions d'euros"),
      ("Autorité de la concurrence", "Kervalo", "29,8 millions d'euros"),
      ("Autorité de la concurrence", "Datavolt", "10,2 millions d'euros"),
      ("Autorité de la concurrence", "Plumea", "7,7 millions d'euros")]),
    ("La Commission européenne a sanctionné le cartel des lecteurs optiques. Sony Optiarc doit verser 9,7 millions "
     "d'euros. Datavolt s'acquittera de 7,1 millions d'euros, et Kervalo devra s'acquitter de 3 millions d'euros.",
     [("Commission européenne", "Sony Optiarc", "9,7 millions d'euros"),
      ("Commission européenne", "Datavolt", "7,1 millions d'euros"),
      ("Commission européenne", "Kervalo", "3 millions d'euros")]),
    ("La CNIL a rendu deux décisions. Carrefour France s'est vu infliger une amende de 2,25 millions d'euros, et "
     "Carrefour Banque écope pour sa part de 800 000 euros.",
     [("CNIL", "Carrefour France", "2,25 millions d'euros"), ("CNIL", "Carrefour Banque", "800 000 euros")]),
    # a past fine recalled by its amount and participle
    ("La sanction reste loin des 746 millions d'euros infligés à Amazon en 2021.",
     [(None, "Amazon", "746 millions d'euros")]),
    # what an authority claims, and what a company will pay to settle with it (stop 44, real read set)
    ("Après une longue enquête, la Commission européenne a réclamé à Kervalo la somme de 2,4 milliards d'euros.",
     [("Commission européenne", "Kervalo", "2,4 milliards d'euros")]),
    ("L'an passé, Datavolt s'était vu réclamer 250 millions d'euros pour avoir méconnu les droits voisins.",
     [(None, "Datavolt", "250 millions d'euros")]),
    ("Kervalo versera 5,5 millions de dollars pour solder le dossier ouvert par la SEC.",
     [("SEC", "Kervalo", "5,5 millions de dollars")]),
], ids=["each-with-its-verb", "s-acquitter", "ecope-after-a-comma", "amount-infliges-a", "reclame-a",
        "s-etait-vu-reclamer", "versera-to-settle"])
def test_fines_told_by_the_payment(extract, text, expected):
    fines = events_of(extract, text, etype="fine")
    assert [(e["authority"], e["target"], e["amount"]) for e in fines] == expected


REVIEW_OF_FINES = """La CNIL a infligé mardi 50 millions d'euros à Datavolt. Elle conclut une année chargée.

## Les principales décisions de l'année

- **Kervalo, 91 millions d'euros** (septembre) : des mots de passe stockés en clair.
- Plumea : 180 000 euros en décembre 2021, pour un serveur de test laissé accessible ;
- Veltrapay : une procédure est ouverte depuis la fuite de 2024.
"""

ROUNDUP_WITH_A_FINE = """Les start-up ont levé 300 millions d'euros cette semaine, malgré l'amende infligée à Datavolt.

- **Kervalo** : 20 millions d'euros auprès de Partech ;
- **Plumea** : 12 millions d'euros auprès d'Elaia.
"""


def test_a_review_lists_its_fines(extract):
    """A bulleted list of fines with no verb, in an article about fines (stop 44, training corpus):
    each item is a fine of the authority named before the list."""
    fines = events_of(extract, REVIEW_OF_FINES, "2024-12-20", etype="fine")
    assert [(e["authority"], e["target"], e["amount"], e["date"]) for e in fines] == [
        ("CNIL", "Datavolt", "50 millions d'euros", "mardi"),
        ("CNIL", "Kervalo", "91 millions d'euros", "septembre"),
        ("CNIL", "Plumea", "180 000 euros", "décembre 2021")]


def test_a_roundups_list_is_no_list_of_fines(extract):
    found = events_of(extract, ROUNDUP_WITH_A_FINE)
    assert not {"Kervalo", "Plumea"} & {e["target"] for e in found if e["type"] == "fine"}
    assert {"Kervalo", "Plumea"} <= {e["company"] for e in found if e["type"] == "funding"}


def test_a_verb_of_paying_makes_no_product_a_company(extract):
    """A listed product before a verb of paying is neither the one fined nor relabelled ORG (stop 44: the
    sealed hold-out events' ORG and PRODUCT fell when it was)."""
    text = "La CNIL a sanctionné Google mardi. L'iPhone devra s'acquitter de 3 millions d'euros."
    record = extract(text, PUBLISHED)
    assert [text[s["start"]:s["end"]] for s in record["spans"] if s["label"] == "PRODUCT"] == ["iPhone"]
    assert "iPhone" not in {e["target"] for e in events_of(extract, text, etype="fine")}


@pytest.mark.parametrize("text", [
    # a payment with no fine told around it is no fine
    "Kervalo paiera 30 millions d'euros pour racheter les parts de son fondateur.",
    "Datavolt devra s'acquitter de 2 millions d'euros de loyers d'ici la fin de l'année.",
    "Kervalo versera un dividende de 2 euros par action, soit 30 millions d'euros.",
    "Les syndicats réclament 300 euros de prime à Datavolt.",
    # a payment for the takeover that follows it
    "Datavolt versera 20 millions d'euros pour racheter Kervalo.",
])
def test_a_payment_with_no_fine_around_it(extract, text):
    assert events_of(extract, text, etype="fine") == []


@pytest.mark.parametrize("text", [
    "En cas d'échec, Alphabet devra verser une indemnité de rupture de 3,2 milliards de dollars à Wiz.",
    "La CNIL a mis en demeure Vinted de se conformer au RGPD.",
    # a product a clause after the fine speaks of is not the one fined (stop 29)
    "La Commission a annoncé une sanction de 1,8 milliard d'euros contre le groupe de Cupertino, accusé d'avoir "
    "abusé de sa position sur l'iPhone.",
])
def test_fine_negatives(extract, text):
    assert events_of(extract, text, etype="fine") == []


# ------------------------------------------------------------------ record, data, harness

def test_every_role_points_at_a_span_of_the_record(extract):
    text = ("Mistral AI lève 1,7 milliard d'euros\n\nLa start-up a officialisé mardi une série C menée par ASML, "
            "qui la valorise 11,7 milliards d'euros.")
    record = extract(text, PUBLISHED)
    offsets = {(s["start"], s["end"]) for s in record["spans"]}
    assert record["events"]
    for ev in record["events"]:
        for value in ev["roles"].values():
            refs = value if isinstance(value, list) and value and isinstance(value[0], list) else [value]
            for ref in refs:
                if isinstance(ref, list):
                    assert tuple(ref) in offsets


def test_a_users_trigger_word(tmp_path):
    """A verb added to the user's deals.json is a trigger."""
    import json

    import pipeline
    from pipeline.api import extract_text
    from pipeline.normalise.lexicon import shipped_patterns_dir

    rules = json.loads((shipped_patterns_dir() / "deals.json").read_text(encoding="utf-8"))
    rules["types"]["acquisition"]["triggers"].append("avale")
    (tmp_path / "deals.json").write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    text = "Capgemini avale Altran pour 3,6 milliards d'euros."
    nlp = pipeline.load(tmp_path)
    record = extract_text(text, nlp, published=PUBLISHED)
    assert [e["type"] for e in record["events"]] == ["acquisition"]


def test_scoring_counts_role_fillers_and_whole_events():
    from pipeline.evaluate.events import score_events

    gold = [{"id": "a", "text": "x" * 50, "events": [
        {"type": "funding", "trigger": [0, 1], "roles": {"company": [0, 5], "amount": [10, 20], "round": "A",
                                                          "investors": [[30, 35], [40, 45]]}}]}]
    pred = [{"id": "a", "events": [
        {"type": "funding", "trigger": [0, 1], "roles": {"company": [0, 5], "amount": [10, 20], "round": "B",
                                                          "investors": [[30, 35]], "valuation": [46, 49]}}]}]
    s = score_events(gold, pred)
    assert (s.types["funding"].tp, s.types["funding"].fp, s.types["funding"].fn) == (3, 2, 2)
    assert s.roles[("funding", "round")].f1 == 0.0
    assert (s.events["funding"].tp, s.events["funding"].fp, s.events["funding"].fn) == (0, 1, 1)


_MISSES = ("Datavolt rachète Kervalo. Plumea cueille Veltrapay. Zorvanix lève 3 millions d'euros. "
           "La CNIL vise Quintar d'une amende.")


def _in_misses(word: str) -> list[int]:
    start = _MISSES.index(word)
    return [start, start + len(word)]


def test_missed_events_by_cause():
    """Each gold event is found (a predicted event names its main party) or missed for the first cause
    that holds: no trigger word of its type, the party no predicted entity, else the rules (stop 44)."""
    import json

    from pipeline.components.deals import DealRules
    from pipeline.evaluate.events import missed_events
    from pipeline.normalise.lexicon import shipped_patterns_dir

    triggers = DealRules(json.loads((shipped_patterns_dir() / "deals.json").read_text(encoding="utf-8"))).triggers
    gold = [{"id": "a", "text": _MISSES, "events": [
        {"type": "acquisition", "trigger": _in_misses("rachète"), "roles": {"target": _in_misses("Kervalo")}},
        {"type": "acquisition", "trigger": _in_misses("cueille"), "roles": {"target": _in_misses("Veltrapay")}},
        {"type": "funding", "trigger": _in_misses("lève"), "roles": {"company": _in_misses("Zorvanix")}},
        {"type": "fine", "trigger": _in_misses("amende"), "roles": {"target": _in_misses("Quintar")}}]}]
    spans = [{"start": a, "end": b, "label": "ORG"} for a, b in
             (_in_misses(w) for w in ("Datavolt", "Kervalo", "Plumea", "Veltrapay", "CNIL", "Quintar"))]
    pred = [{"id": "a", "spans": spans, "events": [
        {"type": "acquisition", "trigger": _in_misses("rachète"), "roles": {"target": _in_misses("Kervalo")}}]}]
    missed = missed_events(gold, pred, triggers)
    assert dict(missed["acquisition"]) == {"found": 1, "no trigger": 1}
    assert dict(missed["funding"]) == {"party not an entity": 1}
    assert dict(missed["fine"]) == {"rules": 1}


_TWO_MENTIONS = "Datavolt lève 5 M€. Datavolt, fondée à Lyon, a levé 6 M€ auprès de Partech et Elaia."


def _at(word: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = _TWO_MENTIONS.index(word, start + 1)
    return [start, start + len(word)]


def _span(word: str, label: str, norm: dict, nth: int = 0) -> dict:
    start, end = _at(word, nth)
    return {"start": start, "end": end, "label": label, "text": word, "norm": norm}


_SPANS = [_span("Datavolt", "ORG", {"id": "Datavolt"}), _span("Datavolt", "ORG", {"id": "Datavolt"}, 1),
          _span("5 M€", "MONEY", {"amount": 5e6, "currency": "EUR"}),
          _span("6 M€", "MONEY", {"amount": 6e6, "currency": "EUR"}),
          _span("Partech", "ORG", {"id": "Partech"}), _span("Elaia", "ORG", {"id": "Elaia"})]


@pytest.mark.parametrize("pred_roles, offsets_tp, entity_tp", [
    # the same company pointed at in the other sentence: no match by offsets, one by what it names
    ({"company": _at("Datavolt", 1), "amount": _at("5 M€")}, 1, 2),
    ({"company": _at("Datavolt"), "amount": _at("5 M€")}, 2, 2),
    # another amount or another company is no match either way
    ({"company": _at("Partech"), "amount": _at("6 M€"), "investors": [_at("Elaia")]}, 1, 1),
])
def test_role_fillers_scored_by_what_they_name(pred_roles, offsets_tp, entity_tp):
    from pipeline.evaluate.events import score_events

    gold = [{"id": "a", "text": _TWO_MENTIONS, "spans": _SPANS, "events": [
        {"type": "funding", "trigger": _at("lève"), "roles": {"company": _at("Datavolt"), "amount": _at("5 M€"),
                                                             "investors": [_at("Elaia")]}}]}]
    pred = [{"id": "a", "spans": _SPANS, "events": [{"type": "funding", "trigger": _at("levé"), "roles": pred_roles}]}]
    s = score_events(gold, pred)
    assert s.types["funding"].tp == offsets_tp
    assert s.by_entity["funding"].tp == entity_tp


@pytest.mark.parametrize("text, name, label", [
    ("La CNIL a sanctionné le service de livraison Plativo à hauteur de 3 millions d'euros.", "Plativo", "ORG"),
    ("Le tribunal de commerce de Paris a condamné la plateforme de vidéo Vidorama à verser 2 millions d'euros "
     "à un producteur. Vidorama a fait appel.", "Vidorama", "ORG"),
    ("Doctolib a annoncé lundi le rachat de l'application Termalo pour 20 millions d'euros.", "Termalo", "ORG"),
    # not a party: the product stays a product
    ("La CNIL a infligé 5 millions d'euros à Google pour son service Gmail.", "Gmail", "PRODUCT"),
    ("Les clients paient avec l'application Plativo Go, lancée en mars.", "Plativo Go", "PRODUCT"),
], ids=["fined-service", "condemned-platform-and-its-later-mention", "bought-app", "product-of-the-fined",
        "no-deal"])
def test_a_party_to_a_deal_is_a_company(extract, text, name, label):
    labels = {s["label"] for s in extract(text, PUBLISHED)["spans"] if s["text"] == name}
    assert labels == {label}


@pytest.mark.parametrize("text, date", [
    # the lead right after the headline dates its deal
    ("La CNIL inflige une amende de 32 millions d'euros à Datavolt\n\nDatavolt a reçu mardi la décision, qu'elle "
     "compte contester.", "mardi"),
    # a standfirst that names no party comes between
    ("La CNIL inflige une amende de 32 millions d'euros à Datavolt\n\nLe régulateur durcit le ton.\n\nDatavolt a "
     "reçu mardi la décision, qu'elle compte contester.", "mardi"),
])
def test_a_headlines_deal_is_dated_by_its_lead(extract, text, date):
    found = events_of(extract, text, "2024-01-24", etype="fine")
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize("lead, date", [
    # the lead speaks of the deal by the company's anaphora, the round's, or a pronoun (stop 40)
    ("La jeune pousse a dévoilé ce lundi une levée d'amorçage menée par Kima Ventures.", "ce lundi"),
    ("L'opération a été rendue publique mercredi dans un communiqué.", "mercredi"),
    ("Mardi 23 janvier, elle a fait savoir que Partech et Elaia entraient à son capital.", "Mardi 23 janvier"),
    # a lead about something else, with its own date, does not date the round
    ("Le marché des batteries a doublé en 2023 selon l'Ademe.", None),
])
def test_a_headlines_round_is_dated_by_a_lead_that_names_it_again(extract, lead, date):
    text = f"Seconde vie des batteries : Voltrix réunit 4 millions d'euros\n\n{lead}"
    found = events_of(extract, text, "2024-01-24", etype="funding")
    assert [(e["company"], e["date"]) for e in found] == [("Voltrix", date)]


@pytest.mark.parametrize("text, date", [
    # a photo caption naming the parties but no date comes between (stop 19)
    ("Kervalo s'offre une partie de Datavolt pour 1,1 milliard de dollars\n\nDes employés de Datavolt au siège. "
     "[© AFP]\n\nL'accord entre Kervalo et Datavolt a été signé ce jeudi.", "ce jeudi"),
])
def test_a_headlines_deal_is_dated_past_a_caption(extract, text, date):
    found = events_of(extract, text, "2024-01-24", etype="acquisition")
    assert [e["date"] for e in found] == [date]


def test_a_demonstrative_round_is_the_round_just_told(extract):
    text = ("Datavolt a bouclé une levée de fonds de 600 millions d'euros. Selon la presse, cette nouvelle levée porte "
            "à près de 6 milliards d'euros la valorisation de l'entreprise.")
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["amount"], e["valuation"]) for e in found] == [
        ("Datavolt", "600 millions d'euros", "6 milliards d'euros")]


def test_a_wires_dateline_is_no_party(extract):
    text = ("(Agence Datawire) - Sur les 330 millions d'euros de l'amende infligée par l'Arcep à Kervalo, 110 "
            "millions ont été versés.")
    assert all(e["target"] != "Agence Datawire" for e in events_of(extract, text, etype="fine"))


def test_a_wires_name_in_a_dateline_with_its_partner_is_no_party(extract):
    # "PARIS (Agefi-Dow Jones)--": the wire's name, then its partner's, before the bracket closes (stop 27,
    # real sealed 34)
    text = "PARIS (Agefi-Dow Jones)--Le rachat de Quintar pour 40 millions d'euros a été finalisé mardi."
    assert [(e["acquirer"], e["target"]) for e in events_of(extract, text, etype="acquisition")] == [
        (None, "Quintar")]


def test_an_investment_with_a_converted_amount_goes_to_the_company_told_of(extract):
    # a conversion in brackets between the amount and "dans la startup" (stop 27, real sealed 34)
    text = ("C'est un pas de géant pour la startup Kervalo. Ce jeudi, le groupe Datavolt a annoncé un investissement "
            "majeur de 180 millions de dollars (159 millions d'euros) dans la startup créée en 2016 à Paris.")
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["amount"], e["investors"]) for e in found] == [
        ("Kervalo", "180 millions de dollars", ["Datavolt"])]


def test_an_investment_in_the_company_described_goes_to_the_company_told_of(extract):
    text = ("Datavolt lève 600 millions d'euros. Kervalo, déjà partenaire d'Arbelo, a investi 16 millions "
            "d'euros dans la start-up française.")
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["amount"]) for e in found] == [("Datavolt", "600 millions d'euros"),
                                                             ("Datavolt", "16 millions d'euros")]


def test_a_fine_received_keeps_its_target(extract):
    # "reçu", "obtenu", "un financement de N" are no funding triggers: tried in stops 23 and 25,
    # they lost more on untouched real text than they gained on the tuned sets
    text = "Dans cette affaire, Veltrapay avait reçu une amende de 3 millions d'euros de la CNIL."
    found = events_of(extract, text, etype="fine")
    assert [(e["target"], e["amount"]) for e in found] == [("Veltrapay", "3 millions d'euros")]
    assert events_of(extract, text, etype="funding") == []


@pytest.mark.parametrize("text, expected", [
    # the company a round brought its money to, after "à" (stop 25, real sealed 19)
    ("Le tour de table a apporté 5 millions d'euros à la start-up Datafor.",
     {"company": "Datafor", "amount": "5 millions d'euros"}),
    ("Kervalo vient de boucler sa série B. Sa série A avait apporté 17,5 millions de dollars à Kervalo en 2020.",
     {"company": "Kervalo", "amount": "17,5 millions de dollars", "round": "A"}),
])
def test_a_round_brought_to_a_company(extract, text, expected):
    found = [e for e in events_of(extract, text, etype="funding") if e["amount"] == expected["amount"]]
    assert len(found) == 1, events_of(extract, text, etype="funding")
    for role, value in expected.items():
        assert found[0][role] == value, (role, found[0])


@pytest.mark.parametrize("text, expected", [
    # a fronted clause's round, its date and amount before the company's name (stop 25, real sealed 19)
    ("Après une première levée de fonds en 2018 de 3,5 millions d'euros puis une seconde en 2020, Kervalo "
     "a annoncé le 7 février une série B.", {"company": "Kervalo", "amount": "3,5 millions d'euros", "date": "2018"}),
    ("Après une levée de fonds de 2,5 millions de dollars et une expansion au Sénégal, la start-up Kervalo "
     "vise le Maroc.", {"company": "Kervalo", "amount": "2,5 millions de dollars"}),
])
def test_a_fronted_round_with_more_before_its_company(extract, text, expected):
    found = [e for e in events_of(extract, text, etype="funding") if e["amount"] == expected["amount"]]
    assert len(found) == 1, events_of(extract, text, etype="funding")
    for role, value in expected.items():
        assert found[0][role] == value, (role, found[0])


@pytest.mark.parametrize("text, expected", [
    # who invests in a named company states its round, the amount told or not (stop 34, real opened sets)
    ("# Partech et Bpifrance investissent dans Kervalo", [("Kervalo", ["Partech", "Bpifrance"])]),
    ("L'an dernier, Quintar avait investi dans la fintech Veltrapay.", [("Veltrapay", ["Quintar"])]),
    # into no company: no round
    ("Datavolt investit dans son usine de Lyon.", []),
    ("Kervalo investit dans l'intelligence artificielle générative.", []),
])
def test_an_investment_without_its_amount(extract, text, expected):
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["investors"]) for e in found] == expected


@pytest.mark.parametrize("text, company", [
    # a second verb joined by "et" has the first one's subject, not its object (stop 34, real opened sets)
    ("# Livraison express : Kervalo s'allie à Carrefour et lève 40 millions de dollars", "Kervalo"),
    ("Datavolt signe un partenariat avec Orange et lève 12 millions d'euros auprès de Partech.", "Datavolt"),
    # a subject of its own after "et": that one
    ("Datavolt rachète Veltrapay et Kervalo lève 5 millions d'euros.", "Kervalo"),
])
def test_a_round_told_by_a_second_verb(extract, text, company):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == [company]


def test_a_fronted_clause_with_an_investor_names_no_company(extract):
    text = "Après une levée de fonds menée par le fonds Partech, Kervalo recrute."
    assert [e["company"] for e in events_of(extract, text, etype="funding")] in ([], ["Kervalo"])


@pytest.mark.parametrize("text, companies", [
    # "ce dernier", "cette dernière" before a round's verb is the company named last, not the one of
    # the round just told (stop 33, real sealed 50; `latest_anaphora` in deals.json)
    ("Datavolt a levé 750 millions de dollars auprès de Quintar. Son rival allemand Kervalo est devenu une "
     "licorne un an après son lancement. Ce dernier a levé 290 millions de dollars en série B.",
     ["Datavolt", "Kervalo"]),
    ("Datavolt a levé 10 millions d'euros. La start-up lyonnaise Veltrapay compte déjà 40 clients, et cette "
     "dernière vient de lever 5 millions d'euros.", ["Datavolt", "Veltrapay"]),
    # "elle" is still the company of the round just told
    ("Datavolt a levé 10 millions d'euros en janvier. Elle avait levé 6 millions d'euros en 2023.",
     ["Datavolt", "Datavolt"]),
])
def test_the_latter_raises(extract, text, companies):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == companies


@pytest.mark.parametrize("text, target", [
    # a fine's "ce dernier" is the company named last too (stop 33)
    ("Datavolt a racheté Kervalo en 2021. Ce dernier a écopé d'une amende de 3 millions d'euros de la CNIL.",
     "Kervalo"),
    ("La CNIL enquêtait sur Veltrapay depuis deux ans. Cette dernière devra payer une amende de 5 millions "
     "d'euros.", "Veltrapay"),
])
def test_the_latter_is_fined(extract, text, target):
    assert [e["target"] for e in events_of(extract, text, etype="fine")] == [target]


@pytest.mark.parametrize("text, company, amount", [
    # a takeover told in a relative clause of the round's sentence leaves the round its verb
    ("- **Vireo** : le loueur de vélos, qui a racheté le français Pédalia en 2022, obtient 40 millions "
     "d'euros auprès de Partech.", "Vireo", "40 millions d'euros"),
    # ... and in a participle after a comma, past the round
    ("- **Cobalys** : la filiale d'Orano a obtenu 15 millions d'euros de sa maison mère, face à Kervalo, "
     "racheté par Datavolt.", "Cobalys", "15 millions d'euros"),
])
def test_a_takeover_in_an_aside_leaves_the_round(extract, text, company, amount):
    rounds = events_of(extract, text, etype="funding")
    assert [(r["company"], r["amount"]) for r in rounds] == [(company, amount)], rounds
    assert len(events_of(extract, text, etype="acquisition")) == 1


@pytest.mark.parametrize("text", [
    "CGI a bouclé en juillet l'acquisition de Kantik pour 20 millions d'euros.",
    "Le rachat de Kervalo, bouclé par SAP en mars, a coûté 20 millions d'euros.",
    # the weak verb inside the takeover's own aside still tells the takeover
    "Datavolt, qui a obtenu 20 millions d'euros de crédit pour racheter Kervalo, recrute.",
])
def test_a_weak_verb_beside_a_takeover_is_no_round(extract, text):
    assert events_of(extract, text, etype="funding") == []


@pytest.mark.parametrize("text, expected", [
    # a seller's stake in itself: the buyer after 'à' takes a stake in the seller
    ("Kervalo cède 20 % de son capital au fonds Partech pour 24 millions d'euros.",
     [{"acquirer": "Partech", "target": "Kervalo", "price": "24 millions d'euros"}]),
    ("- **Datavolt** : la jeune pousse nantaise cède 15 % du capital à Eurazeo.",
     [{"acquirer": "Eurazeo", "target": "Datavolt"}]),
    # no buyer named: no deal; a stake in another company sold: no takeover of it
    ("Kervalo cède 20 % de son capital pour financer sa croissance.", []),
    ("Vivendi a cédé sa participation dans Telecom Italia.", []),
])
def test_a_stake_sold_in_itself(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    ("Boréade Capital prend 30 % de Sylvane Robotics.", [{"acquirer": "Boréade Capital", "target": "Sylvane Robotics"}]),
    ("- **Brume Capital** : le fonds lyonnais prend 35 % de Hexaflux Robotics pour 40 millions d'euros.",
     [{"acquirer": "Brume Capital", "target": "Hexaflux Robotics", "price": "40 millions d'euros"}]),
    ("Datavolt a pris 5 % du capital de la start-up Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # a share of something else is no stake
    ("Kervalo prend 10 % de parts de marché en un an.", []),
])
def test_a_stake_told_by_its_share(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, targets", [
    # the name that opens the next clause is its subject, not one more target listed
    ("Sept mois après avoir pris 21 % du capital de Leapmotor pour 1,5 milliard d'euros, Stellantis passe "
     "à l'offensive.", ["Leapmotor"]),
    ("Capgemini avait racheté Altran en 2019, et Syniti en 2024.", ["Altran", "Syniti"]),
])
def test_the_next_clauses_subject_is_no_target_listed(extract, text, targets):
    assert [e["target"] for e in events_of(extract, text, etype="acquisition")] == targets


@pytest.mark.parametrize("text, expected", [
    ("Kervalo s'est porté acquéreur de Datavolt pour 20 millions d'euros.",
     [{"acquirer": "Kervalo", "target": "Datavolt", "price": "20 millions d'euros"}]),
    ("# Liberty Global se porte acquéreur de Sunrise", [{"acquirer": "Liberty Global", "target": "Sunrise"}]),
    # a conditional is a rumour (§2b)
    ("Selon Bloomberg, Salesforce s'apprêterait à racheter Qlimo pour 2 milliards d'euros.", []),
])
def test_buying_told_as_becoming_the_buyer(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # the company told of, named by its kind as the verb's object
    ("Drivy, la start-up française de location de voitures entre particuliers, change de mains. Mercredi, "
     "Getaround a fait savoir qu'elle rachetait la pépite française moyennant 300 millions de dollars.",
     [{"acquirer": "Getaround", "target": "Drivy", "price": "300 millions de dollars"}]),
    ("Kervalo a levé 5 millions d'euros en 2020. Datavolt rachète la société pour 30 millions d'euros.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # not the buyer of the takeover told before it: the owner of UPC is Liberty Global
    ("# Liberty Global se porte acquéreur de Sunrise\n\nLe propriétaire d'UPC met 6,8 milliards de francs sur "
     "la table pour s'offrir l'opérateur mobile.", [{"acquirer": "Liberty Global", "target": "Sunrise"}]),
])
def test_a_takeovers_target_named_by_its_kind(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    ("Depuis 2018, Nacon a racheté une quinzaine de studios, dont :\n\n- Kylotonn à Lyon, spécialiste des jeux "
     "de rallye ;\n- Big Ant Studios en Australie, acquis pour 100 millions de dollars australiens ;\n- Spiders à "
     "Paris, auteur de Greedfall.",
     [{"acquirer": "Nacon", "target": "Big Ant Studios", "price": "100 millions de dollars australiens"},
      {"acquirer": "Nacon", "target": "Kylotonn"}, {"acquirer": "Nacon", "target": "Spiders"}]),
    ("Le studio garde son indépendance, assure NetEase, qui a multiplié les acquisitions hors de Chine :\n\n"
     "- Grasshopper Manufacture au Japon ;\n- Skybox Labs au Canada.",
     [{"acquirer": "NetEase", "target": "Grasshopper Manufacture", "status": "completed"},
      {"acquirer": "NetEase", "target": "Skybox Labs"}]),
    # a statement that names its target announces something else; one item is no list
    ("Kervalo a racheté Datavolt pour trois raisons :\n\n- Datavolt a des clients ;\n- Datavolt a une équipe.",
     [{"acquirer": "Kervalo", "target": "Datavolt"}]),
    ("Datavolt a multiplié les acquisitions :\n\n- Kervalo en 2021.", []),
])
def test_a_list_of_takeovers_announced_by_a_colon(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # the main verb's subject is the name the aside describes, and the aside's deal keeps its own roles
    ("Getaround, qui a racheté le français Drivy en 2019, a levé 200 millions de dollars auprès de Softbank.",
     [("acquisition", {"acquirer": "Getaround", "target": "Drivy", "date": "2019", "price": None}),
      ("funding", {"company": "Getaround", "amount": "200 millions de dollars", "date": None})]),
    ("Datavolt, qui a levé 5 millions d'euros en 2021, rachète Kervalo.",
     [("funding", {"company": "Datavolt", "amount": "5 millions d'euros"}),
      ("acquisition", {"acquirer": "Datavolt", "target": "Kervalo"})]),
])
def test_a_deal_told_in_an_aside_and_the_main_clauses(extract, text, expected):
    for etype, roles in expected:
        assert_events(extract, text, etype, [roles])


@pytest.mark.parametrize("text, expected", [
    # a second round that leaves the verb out, joined by 'et' with no comma
    ("En France, HarfangLab a levé 5 millions d'euros en 2021 et Sekoia 10 millions d'euros en 2020.",
     [{"company": "HarfangLab", "amount": "5 millions d'euros", "date": "2021"},
      {"company": "Sekoia", "amount": "10 millions d'euros", "date": "2020"}]),
    # a name with a verb of its own after 'et' is no gapped round
    ("Kervalo a levé 5 millions d'euros et Partech a mené le tour.",
     [{"company": "Kervalo", "amount": "5 millions d'euros"}]),
])
def test_a_gapped_round_joined_by_et(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # the company a round benefits, named after it; the subject who led it invests (stop 47, training/news)
    ("En 2018, la société de capital-risque Elaia avait piloté une levée de 5 millions d'euros au profit d'Acorus "
     "Networks.", [{"company": "Acorus Networks", "amount": "5 millions d'euros", "investors": ["Elaia"]}]),
    # a capital increase "au profit de" someone issues the shares to it
    ("Kervalo a bouclé une augmentation de capital de 5 millions d'euros au profit de Bpifrance.",
     [{"company": "Kervalo", "amount": "5 millions d'euros", "investors": ["Bpifrance"]}]),
])
def test_a_round_for_the_benefit_of_a_company(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a passive participle's agent raised the amount right before it, whatever name comes earlier
    # (stop 47, training/events_extra)
    ("Selon DigitalFoodLab, la filière grandit, comme en témoignent les 250 millions d'euros levés par Ynsect.",
     [{"company": "Ynsect", "amount": "250 millions d'euros", "investors": []}]),
    ("Cette levée talonne les 224 millions d'euros obtenus par OVH en 2016.",
     [{"company": "OVH", "amount": "224 millions d'euros", "date": "2016"}]),
    ("Les 250 millions d'euros réunis par le poids lourd OVH impressionnent.",
     [{"company": "OVH", "amount": "250 millions d'euros"}]),
    # a list of them: each participle's amount and agent, the next part after the agent
    ("L'écosystème a capté 135 millions d'euros, dont 21,3 millions d'euros récoltés par Imcyse (immunothérapies), "
     "20 millions d'euros obtenus par NeuVasQ (maladies neurologiques) et 20 millions d'euros levés par Promethera.",
     [{"company": "Imcyse", "amount": "21,3 millions d'euros"}, {"company": "NeuVasQ", "amount": "20 millions d'euros"},
      {"company": "Promethera", "amount": "20 millions d'euros"}]),
    # who financed is no agent of the raise
    ("Datavolt a obtenu 5 millions d'euros, financés par Partech.",
     [{"company": "Datavolt", "amount": "5 millions d'euros", "investors": ["Partech"]}]),
    # a feminine participle is no trigger: "la réduction obtenue" before a list of fines
    ("La Commission a infligé des amendes. Le montant retenu pour chacun, avec la réduction obtenue :\n\n"
     "- Datavolt (10 %) : 2 888 000 euros\n- Kervalo (15 %) : 396 000 euros\n", []),
])
def test_a_passive_participles_agent_raised(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # what the second company does, in brackets between its name and its amount (stop 47, events_extra)
    ("Abivax (maladies inflammatoires), par exemple, a obtenu 223 millions d'euros, et Amolyt Pharma (maladies "
     "endocriniennes rares) 130 millions d'euros.",
     [{"company": "Abivax", "amount": "223 millions d'euros", "investors": []},
      {"company": "Amolyt Pharma", "amount": "130 millions d'euros"}]),
    # a ranking: "suivi de" the next company and its amount, "plus de" before it
    ("En tête, Gleamer (radiologie) a récolté 27 millions d'euros, suivi d'Inato (essais cliniques), avec "
     "légèrement plus de 18 millions d'euros.",
     [{"company": "Gleamer", "amount": "27 millions d'euros", "investors": []},
      {"company": "Inato", "amount": "18 millions d'euros"}]),
    ("Datavolt a levé 27 millions d'euros, suivie par Kervalo, 18 millions d'euros.",
     [{"company": "Datavolt", "amount": "27 millions d'euros"}, {"company": "Kervalo", "amount": "18 millions d'euros"}]),
    # an investor after "suivi de" with no amount of its own is no second round
    ("Datavolt a levé 27 millions d'euros, suivi de près par Kervalo qui a investi.",
     [{"company": "Datavolt", "amount": "27 millions d'euros"}]),
])
def test_a_gapped_round_described_or_ranked(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a takeover's further targets, each with what it is after an article (stop 47, dev_real)
    ("Embracer fait entrer dans son giron l'éditeur de jeux mobiles Easybrain et le développeur Aspyr, pour "
     "respectivement 765 millions et 450 millions de dollars.",
     [{"acquirer": "Embracer", "target": "Easybrain", "price": "765 millions"},
      {"acquirer": "Embracer", "target": "Aspyr", "price": "450 millions de dollars"}]),
    ("Kervalo a grandi en rachetant l'allemand Carpooling, son concurrent, ou le hongrois Autohop.",
     [{"acquirer": "Kervalo", "target": "Carpooling"}, {"acquirer": "Kervalo", "target": "Autohop"}]),
    ("OpenAI a mis la main sur Statsig, plateforme de tests, contre 1,1 milliard de dollars, puis sur Datavolt, "
     "moyennant plus de 6 milliards de dollars.",
     [{"acquirer": "OpenAI", "target": "Statsig", "price": "1,1 milliard de dollars"},
      {"acquirer": "OpenAI", "target": "Datavolt", "price": "6 milliards de dollars"}]),
    # no further target: a preposition, a clause, a description with no article, what the target makes
    ("Embracer rachète Kervalo, la filiale de Datavolt.", [{"acquirer": "Embracer", "target": "Kervalo"}]),
    ("Take-Two va racheter Zynga, à qui l'on doit FarmVille.", [{"acquirer": "Take-Two", "target": "Zynga"}]),
    ("Sony a fait entrer dans son giron Firesprite, auteur de jeux PlayStation.",
     [{"acquirer": "Sony", "target": "Firesprite"}]),
    ("Meta a racheté Instagram en 2012, puis l'éditeur de la messagerie WhatsApp en 2014.",
     [{"acquirer": "Meta", "target": "Instagram"}]),
])
def test_a_takeovers_targets_listed_with_what_they_are(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a relative clause's raising verb: the name its 'qui' stands for raised the money (stop 49,
    # training/events): one round each, though the parts start at the verbs
    ("Ensuite la fintech, avec Indy, qui a décroché 40 M€, et Dougs, qui a bouclé son tout premier tour de table "
     "à 25 M€.", [{"company": "Indy", "amount": "40 M€"}, {"company": "Dougs", "amount": "25 M€"}]),
    ("En tête, Syqe Medical a levé 50 millions de dollars, suivie d'Optibus, dont l'algorithme optimise les "
     "transports publics, qui a obtenu 40 millions de dollars.",
     [{"company": "Syqe Medical", "amount": "50 millions de dollars"},
      {"company": "Optibus", "amount": "40 millions de dollars"}]),
    # the same amount as the round before it, another company's: two rounds, not one told twice
    ("Enfin, Avanan a collecté 25 millions de dollars, soit autant que l'application K Health, qui a décroché "
     "elle aussi 25 millions de dollars.",
     [{"company": "Avanan"}, {"company": "K Health", "amount": "25 millions de dollars"}]),
    ("Parmi les lauréats figure Kervalo (robotique agricole), qui a récemment bouclé un tour de table de 4 millions "
     "d'euros.", [{"company": "Kervalo", "amount": "4 millions d'euros"}]),
    # a verb whose subject puts the money in names an investor, not a company raising
    ("La levée de 20 millions d'euros de Kervalo est menée par Partech, qui a investi 10 millions d'euros.",
     [{"company": "Kervalo", "amount": "20 millions d'euros", "investors": ["Partech"]}]),
    ("Kervalo a levé 20 millions d'euros auprès de Bpifrance et d'Elaia, qui a financé 5 millions d'euros.",
     [{"company": "Kervalo", "amount": "20 millions d'euros", "investors": ["Bpifrance", "Elaia"]}]),
])
def test_a_relative_clauses_company_raises(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, rounds, takeovers", [
    # a selling verb whose object is goods tells a company's trade, not its sale (stop 49, training/news)
    ("Wristcam, une jeune entreprise qui vend un accessoire pour la montre d'Apple, a récolté 25 millions de dollars.",
     [{"company": "Wristcam", "amount": "25 millions de dollars"}], []),
    ("Datavolt, qui vend des forfaits aux PME, a levé 8 millions d'euros auprès de Partech.",
     [{"company": "Datavolt", "investors": ["Partech"]}], []),
    ("# Agritech : Agricool empoche 8 millions d'euros et commence à vendre ses fraises à Paris",
     [{"company": "Agricool", "amount": "8 millions d'euros"}], []),
    ("Kervalo veut vendre ses logiciels aux collectivités après avoir levé 5 millions d'euros.",
     [{"company": "Kervalo", "amount": "5 millions d'euros"}], []),
    # a company or a part of one is still sold
    ("Datavolt vend sa filiale Kervalo à Partech.", [], [{"acquirer": "Partech", "target": "Kervalo"}]),
    ("Datavolt vend ses 20 % dans Kervalo à Orange.", [], [{"acquirer": "Orange", "target": "Kervalo"}]),
    ("Datavolt vend ses derniers titres Kervalo à Orange.", [], [{"acquirer": "Orange", "target": "Kervalo"}]),
    ("Datavolt vend une filiale, Kervalo, à Orange.", [], [{"acquirer": "Orange", "target": "Kervalo"}]),
])
def test_selling_goods_is_no_takeover(extract, text, rounds, takeovers):
    assert_events(extract, text, "funding", rounds)
    assert_events(extract, text, "acquisition", takeovers)


@pytest.mark.parametrize("text, expected", [
    # money raised told by a participle after its amount: another verb's mood does not make it a
    # rumour, and a fronted `grâce aux` opens a clause as `grâce à` does (stop 49, training/events)
    ("Pour y faire face, Coinhouse pourrait puiser dans les 40 millions d'euros levés en juin dernier.",
     [{"company": "Coinhouse", "amount": "40 millions d'euros", "date": "juin dernier"}]),
    ("Grâce aux 12 millions d'euros levés en 2023, Kervalo recrute.",
     [{"company": "Kervalo", "amount": "12 millions d'euros", "date": "2023"}]),
    # the raising verb and `des fonds` with words between (training/events)
    ("# Qonto lève à nouveau des fonds, la fintech française dans le viseur des investisseurs chinois",
     [{"company": "Qonto", "amount": None}]),
    # still a rumour when the raising verb itself is conditional
    ("Selon la presse, Kervalo pourrait lever 40 millions d'euros.", []),
    ("Kervalo serait sur le point de lever 40 millions d'euros.", []),
])
def test_money_raised_told_by_a_participle_or_with_words_between(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a list's next takeover told by a relative clause: its part starts at the name the clause stands
    # for, its buyer (stop 49, training/news)
    ("Le secteur bouge : Datavolt, qui a racheté Kervalo en mars, et Orange, qui s'est offert Holis en mai.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "mars"},
      {"acquirer": "Orange", "target": "Holis", "date": "mai"}]),
    ("Google qui s'offre Looker contre 2,6 milliards de dollars, Salesforce qui rachète Kervalo moyennant 15,7 "
     "milliards de dollars : deux opérations parmi d'autres.",
     [{"acquirer": "Google", "target": "Looker", "price": "2,6 milliards de dollars"},
      {"acquirer": "Salesforce", "target": "Kervalo", "price": "15,7 milliards de dollars"}]),
])
def test_a_list_of_takeovers_told_by_relative_clauses(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


def test_who_joins_a_round_by_a_relative_clause_stays_its_investor(extract):
    # (the relative clause's verb puts a stake in: the list before it stays the round's investors)
    assert_events(extract, "Kervalo lève 5 millions d'euros avec Educapital et Partech, qui entre au capital.",
                  "funding", [{"company": "Kervalo", "investors": ["Educapital", "Partech"]}])


@pytest.mark.parametrize("text, expected", [
    # a stake put into several companies, each after its own `dans` (stop 49, training/events_extra)
    ("Engie New Ventures a déjà investi dans Tendril, qui fournit des services énergétiques, et dans Advanced "
     "Microgrid Solutions, spécialisé dans le stockage.",
     [{"company": "Tendril", "investors": ["Engie New Ventures"]},
      {"company": "Advanced Microgrid Solutions", "investors": ["Engie New Ventures"]}]),
    ("Alliance Ventures a investi dans Coord, une plateforme de mobilité partagée, ainsi que dans la start-up "
     "Ionic Materials.", [{"company": "Coord"}, {"company": "Ionic Materials"}]),
    # one `dans`: a list after it is no further company of its own ("dans Kervalo et Datavolt" is
    # the rules' list; a name after `avec` co-invests)
    ("Nvidia investit 2 milliards de dollars dans Mistral AI avec Bpifrance.",
     [{"company": "Mistral AI", "amount": "2 milliards de dollars"}]),
])
def test_a_stake_put_into_several_companies(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a plural takeover noun whose sentence lists its targets after a colon or in brackets: one
    # takeover each, done unless the text says they are to come (stop 49, training/news, training/src)
    ("Microsoft a multiplié les acquisitions : Ninja Theory, Obsidian, Double Fine et, plus près de nous, "
     "ZeniMax Media.",
     [{"acquirer": "Microsoft", "target": t, "status": "completed"}
      for t in ("Ninja Theory", "Obsidian", "Double Fine", "ZeniMax Media")]),
    ("Kervalo a réalisé deux acquisitions en 2023 (Datavolt et Holis) et vise une cotation.",
     [{"acquirer": "Kervalo", "target": "Datavolt"}, {"acquirer": "Kervalo", "target": "Holis"}]),
    ("Focus Entertainment édite des jeux. Le groupe multiplie les rachats : Deck13 Interactive en Allemagne, "
     "Douze Dixièmes à Paris ou encore Carpool.",
     [{"acquirer": "Focus Entertainment", "target": t, "status": "completed"}
      for t in ("Deck13 Interactive", "Douze Dixièmes", "Carpool")]),
    ("Kervalo va réaliser deux acquisitions : Datavolt et Holis.",
     [{"acquirer": "Kervalo", "target": "Datavolt", "status": "announced"},
      {"acquirer": "Kervalo", "target": "Holis", "status": "announced"}]),
    # no list of targets: the noun's own complement, an apposition
    ("Les acquisitions de Google et d'Apple : un marché saturé.", []),
    ("Kervalo rachète Datavolt, filiale de Holis.", [{"acquirer": "Kervalo", "target": "Datavolt"}]),
])
def test_a_list_of_targets_after_a_plural_takeover_noun(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # an anaphoric subject with an aside before its verb: the names of the aside are not the subject,
    # the company told of is (stop 49, training/events)
    ("Aelis Farma développe des traitements. La société de biotechnologie, issue de l'Inserm, avait récolté "
     "1,5 M€ au moment de sa création.", [{"company": "Aelis Farma", "amount": "1,5 M€"}]),
    ("Kervalo vend des drones. La start-up, qui a séduit Orange, a levé 4 millions d'euros auprès de Partech.",
     [{"company": "Kervalo", "investors": ["Partech"]}]),
    # an aside that is the company's own name, or a name as the subject, stays the subject
    ("Homa édite des jeux. Le leader français, Voodoo, a levé 266 millions de dollars auprès de Tencent en 2020.",
     [{"company": "Voodoo", "investors": ["Tencent"]}]),
    ("Kervalo vend des drones. Datavolt, partenaire de Holis, a levé 4 millions d'euros.",
     [{"company": "Datavolt"}]),
])
def test_an_anaphoric_subject_with_an_aside(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a fine whose target is the subject of `se voit infliger`, opening its clause after `tandis que`
    # (stop 49, training/events)
    ("L'Agcom a sanctionné vendredi deux opérateurs. Tim devra s'acquitter de plus de 1,5 million d'euros, tandis "
     "que Wind 3 se voit infliger près de 900.000 euros.",
     [{"target": "Tim", "amount": "1,5 million d'euros"}, {"target": "Wind 3", "amount": "900.000 euros"}]),
    ("Wind 3 se voit infliger 900 000 euros.", [{"target": "Wind 3", "amount": "900 000 euros"}]),
    # a payment with no word of a fine stays none
    ("Kervalo se voit réclamer 900 000 euros par un fournisseur.", []),
])
def test_a_fine_its_target_is_made_to_pay(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # `la jeune entreprise`, `la jeune société` name the company told of (stop 49, training/news)
    ("VoltR reconditionne des batteries. La jeune entreprise a dévoilé ce lundi une levée de fonds d'amorçage de "
     "4 millions d'euros.", [{"company": "VoltR", "amount": "4 millions d'euros", "round": "seed", "date": "ce lundi"}]),
    ("Physidia soigne à domicile. La jeune société, qui compte 16 salariés, a obtenu, début octobre, 15 millions "
     "d'euros de la part d'un family office.", [{"company": "Physidia", "amount": "15 millions d'euros"}]),
])
def test_the_young_company_is_the_company_told_of(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a headline's takeover and the body's closing statement name both parties in full: one deal,
    # as done as the furthest statement says (stop 50, training/events)
    ("Rogers met la main sur Shaw\n\nRogers Communications a fait savoir lundi que son acquisition de Shaw "
     "Communications était conclue.", [{"acquirer": "Rogers", "target": "Shaw", "status": "completed"}]),
    ("Quintar rachète Kervalo\n\nQuintar Group a finalisé jeudi le rachat de Kervalo Systems.",
     [{"acquirer": "Quintar", "target": "Kervalo", "status": "completed"}]),
    # another buyer of a longer name is another deal
    ("Quintar rachète Kervalo. Datavolt a racheté Kervalo Systems en 2019.",
     [{"acquirer": "Quintar", "target": "Kervalo"}, {"acquirer": "Datavolt", "target": "Kervalo Systems"}]),
])
def test_a_takeover_told_again_by_full_names_is_one_deal(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # `sanction` with an adjective before its amount states the fine, as `amende` does (stop 50, dev_deals)
    ("Sanction historique de 1,2 milliard d'euros contre Meta", [{"target": "Meta", "amount": "1,2 milliard d'euros"}]),
    ("La CNIL prononce une sanction record de 150 millions d'euros contre Kervalo.",
     [{"authority": "CNIL", "target": "Kervalo", "amount": "150 millions d'euros"}]),
    # a sanction with no amount after it stays no fine word
    ("La sanction historique de la CNIL vise Kervalo, qui a levé 5 millions d'euros.", []),
])
def test_a_sanction_with_an_adjective(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # `celui de X`, `celle de X` after a buying noun: one more deal of the same buyer, each with its
    # own price (stop 50, training/news, dev)
    ("Quintar a finalisé en 2022 la reprise du studio Kervalo pour 8 millions d'euros, puis celle de la "
     "start-up Datavolt, pour 3 millions d'euros.",
     [{"acquirer": "Quintar", "target": "Kervalo", "price": "8 millions d'euros"},
      {"acquirer": "Quintar", "target": "Datavolt", "price": "3 millions d'euros"}]),
    # a plural deal noun before the singular one tells deals in general and leaves it its own
    ("Chez Quintar, les derniers achats datent de 2013 : le rachat de Kervalo (pour 360 millions d'euros) et "
     "celui de Datavolt (pour 820 millions d'euros).",
     [{"target": "Kervalo", "price": "360 millions d'euros"}, {"target": "Datavolt", "price": "820 millions d'euros"}]),
    # a participle in apposition with no party of its own restates the deal whose noun names its buyer first
    ("L'annonce tombe après le rachat par Quintar de Kervalo, autre spécialiste des données, cédé pour 2,6 "
     "milliards de dollars.", [{"acquirer": "Quintar", "target": "Kervalo", "price": "2,6 milliards de dollars"}]),
    # `celui de` after no buying noun, or naming the buyer itself, is no deal
    ("Quintar a racheté Kervalo, dont le logiciel ressemble à celui de Datavolt.",
     [{"acquirer": "Quintar", "target": "Kervalo"}]),
])
def test_the_deal_stood_for_by_celui_de(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, etype, expected", [
    # adverbs between the auxiliary and the participle keep it a compound past, whose subject acts
    # (stop 50, training/news)
    ("Nintendo a tout de même acquis officiellement Next Level Games cette année.", "acquisition",
     [{"acquirer": "Nintendo", "target": "Next Level Games"}]),
    ("Quintar a de son côté, et sans bruit, racheté Kervalo.", "acquisition", [{"acquirer": "Quintar", "target": "Kervalo"}]),
    # a participle with no auxiliary still describes the name before it
    ("Kervalo, racheté par Quintar en 2019, ouvre un bureau.", "acquisition", [{"acquirer": "Quintar", "target": "Kervalo"}]),
    ("La CNIL a tout de même sanctionné Kervalo de 5 millions d'euros.", "fine",
     [{"authority": "CNIL", "target": "Kervalo", "amount": "5 millions d'euros"}]),
])
def test_adverbs_between_the_auxiliary_and_the_participle(extract, text, etype, expected):
    assert_events(extract, text, etype, expected)


@pytest.mark.parametrize("text, expected", [
    # a selling verb whose object names the company by its kind: the last company named before the
    # verb is sold (stop 50, training/news)
    ("Le groupe avait récupéré les brevets de Motorola, avant de céder l'entreprise à Lenovo en 2014.",
     [{"acquirer": "Lenovo", "target": "Motorola", "status": "completed"}]),
    # not the seller itself, the subject of its verb
    ("Quintar veut céder la start-up à Datavolt.", []),
    ("Atos cède Worldgrid à Alten.", [{"acquirer": "Alten", "target": "Worldgrid"}]),
])
def test_a_company_sold_named_by_its_kind(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a fronted `Avec` clause that names the round's investors: the main clause's subject raised
    # (stop 50, dev_real)
    ("Avec 105 millions d'euros obtenus auprès des investisseurs, Mistral AI signe un record pour l'IA.",
     [{"company": "Mistral AI", "amount": "105 millions d'euros"}]),
    ("Avec 105 millions d'euros levés auprès de Lightspeed, Mistral AI signe un record.",
     [{"company": "Mistral AI", "investors": ["Lightspeed"]}]),
    # a round's amount, then `du` and the company's kind before its name (training/events)
    ("En 2022, la levée de 96 millions d'euros du marseillais ImCheck Therapeutics faisait figure d'exception.",
     [{"company": "ImCheck Therapeutics", "amount": "96 millions d'euros", "date": "2022"}]),
])
def test_a_round_told_before_its_company(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # the takeover verbs in the tenses news tell past deals in, and `absorption` as a noun
    # (stop 50, training/events, training/news)
    ("En reprenant Kervalo pour 20 millions d'euros, Quintar double de taille.",
     {"acquirer": "Quintar", "target": "Kervalo", "price": "20 millions d'euros"}),
    ("Quintar reprenait alors Kervalo, une start-up lyonnaise.", {"acquirer": "Quintar", "target": "Kervalo"}),
    ("En 2015, Quintar mettait la main sur Kervalo pour 5 millions d'euros.",
     {"acquirer": "Quintar", "target": "Kervalo", "date": "2015", "status": "completed"}),
    ("L'absorption de Kervalo par Quintar a été bouclée en mars.",
     {"acquirer": "Quintar", "target": "Kervalo", "status": "completed"}),
])
def test_takeover_verbs_in_more_tenses(extract, text, expected):
    assert_one_event(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text", [
    "Kervalo reprenait des couleurs après un hiver difficile.",
    "Quintar mettait la main sur le marché des drones.",
])
def test_takeover_verbs_in_more_tenses_negatives(extract, text):
    assert events_of(extract, text, etype="acquisition") == []


@pytest.mark.parametrize("text, authority", [
    # the union is named beside the regulator that decides: the regulator is the authority
    # (stop 50, dev_deals)
    ("RGPD : Meta frappé d'une amende de 265 millions d'euros\n\nAgissant au nom de l'Union européenne, le "
     "gendarme irlandais de la vie privée, la DPC, vient de sévir contre Meta.", "DPC"),
    ("Amazon et Apple sanctionnés à hauteur de 200 millions d'euros\n\nLes États membres de l'Union européenne "
     "multiplient les pénalités. Dans le détail, l'AGCM réclame 68,7 millions d'euros à Amazon.", "AGCM"),
    # the union alone stays the authority
    ("L'Union européenne a infligé une amende de 5 millions d'euros à Kervalo.", "Union européenne"),
])
def test_a_regulator_before_its_union(extract, text, authority):
    found = events_of(extract, text, etype="fine")
    assert found and all(e["authority"] == authority for e in found), found


@pytest.mark.parametrize("text, expected", [
    # more regulators' names in authority_words: an authority is never the one fined (stop 50, training/events)
    ("L'Agcom a infligé une amende de 2 millions d'euros à Tim.", {"authority": "Agcom", "target": "Tim"}),
    ("Netflix écope de 4,75 millions d'euros d'amende, a annoncé mercredi la DPA néerlandaise.",
     {"authority": "DPA", "target": "Netflix"}),
])
def test_more_regulators_are_authorities(extract, text, expected):
    assert_one_event(extract, text, "fine", expected)


def test_a_round_told_in_two_currencies_is_one(extract):
    # the body's round states the headline's amount as its conversion: one round (stop 50, training/events)
    text = ("Kervalo empoche 12,1 milliards d'euros\n\nKervalo a fait savoir qu'elle bouclait une série F de 13 "
            "milliards de dollars, l'équivalent d'environ 12,1 milliards d'euros, menée par Partech.")
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["amount"], e["round"], e["investors"]) for e in found] == [
        ("Kervalo", "12,1 milliards d'euros", "F", ["Partech"])]


def test_rounds_in_two_currencies_with_no_conversion_stay_two(extract):
    text = ("Kervalo lève 12 millions d'euros en 2024. En 2022, Kervalo avait levé 13 millions de dollars "
            "auprès de Partech.")
    assert len(events_of(extract, text, etype="funding")) == 2


def test_a_sentence_of_another_lettered_round_completes_that_round(extract):
    # investors of "Cette série B" go to the headline's round, not to the series A told last (stop 50,
    # training/events_extra)
    text = ("Kervalo décroche 100 M€\n\nLa société avait déjà convaincu des financeurs en juin 2021, qui y "
            "avaient placé 25 M€ lors d'une série A. Le nouveau tour change d'échelle et atteint 100 millions "
            "d'euros. L'entreprise grandit vite. Son patron parle d'une course. Cette série B n'a pas été emmenée "
            "par un acteur français : c'est le singapourien Temasek, dont les actifs dépassent 280 milliards de "
            "dollars, qui en est le premier contributeur. Faut-il y voir de la frilosité ? Le constat n'étonne "
            "guère. Wa'ed Ventures et Eurazeo complètent le tour.")
    found = {e["amount"]: e for e in events_of(extract, text, etype="funding")}
    assert found["100 M€"]["round"] == "B" and found["100 M€"]["investors"] == ["Temasek", "Wa'ed Ventures", "Eurazeo"]
    assert found["25 M€"]["round"] == "A" and found["25 M€"]["investors"] == []


@pytest.mark.parametrize("text, expected", [
    # `avoir` before a participle is the infinitive's auxiliary: the main clause's subject bought, and
    # `l'` stands for the company of the sentence before when this one names no other (stop 50,
    # training/events)
    ("La start-up Kervalo chercherait un nouveau propriétaire. Datavolt, qui la détient, souhaiterait s'en "
     "défaire, six ans seulement après l'avoir acquise.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # a name of the sentence before the buyer stays what the pronoun stands for
    ("Kervalo cherche un acheteur, et c'est Datavolt qui l'a racheté, six ans après l'avoir financé.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
])
def test_the_infinitives_auxiliary(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a participle after a comma describes the name before the comma, though its part of the sentence
    # starts at the participle (stop 50, training/events)
    ("Un mois après avoir infligé 310 000 euros d'amende à Datavolt, la CNIL s'en prend à sa société sœur "
     "Kervalo, condamnée à son tour à payer 525 000 euros.",
     [{"target": "Datavolt", "amount": "310 000 euros"}, {"target": "Kervalo", "amount": "525 000 euros", "authority": "CNIL"}]),
    # the amount of a fine stated without one, given sentences later by `la sanction s'élève à`
    ("# Kervalo écope d'une amende en Belgique\n\nKervalo vient d'être sanctionné par l'Autorité belge de la "
     "protection des données pour avoir enfreint le RGPD. La nouvelle ne surprend guère.\n\nSelon Bloomberg, "
     "la sanction s'élève à 250 000 euros.",
     [{"target": "Kervalo", "amount": "250 000 euros", "authority": "Autorité belge de la protection des données"}]),
    # an amount that is no fine's stays out: the fine has none (stop 60)
    ("# Kervalo écope d'une amende en Belgique\n\nKervalo vient d'être sanctionné par la CNIL. Son chiffre "
     "d'affaires s'élève à 250 000 euros.", [{"target": "Kervalo", "amount": None}]),
])
def test_a_fines_target_or_amount_told_apart(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # a fine's noun and amount, then `pour` whom it is for: that name, not the headline's topic before a
    # colon, which is no authority either (stop 50, training/events)
    ("Collecte de coordonnées sur LinkedIn : sanction de 240 000 euros pour la société Kervalo",
     [{"target": "Kervalo", "amount": "240 000 euros", "authority": None}]),
    ("Amende de 240 000 euros pour Kervalo", [{"target": "Kervalo"}]),
    # who imposes the fine before its noun stays the authority
    ("Le CRTC impose des pénalités de 7,5 millions de dollars à Bell Canada.",
     [{"authority": "CRTC", "target": "Bell Canada"}]),
])
def test_whom_a_fines_noun_is_for(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # `obtenir de X` names who puts the money in, before the amount (stop 50, training/events_extra)
    ("Kervalo fabrique des exosquelettes. L'entreprise avait aussi obtenu de la BEI une enveloppe de 25 "
     "millions d'euros, au printemps 2024.", [{"company": "Kervalo", "investors": ["BEI"]}]),
    ("Kervalo conçoit des assistants. La société va donc obtenir de Partech une enveloppe de 2 millions d'euros.",
     [{"company": "Kervalo", "investors": ["Partech"]}]),
    # investors who took part in `ce tour dit de série C` join the round told before
    ("Kervalo a levé 50 millions d'euros. Les fonds Mubadala Capital, Goodwater Capital et RTP Global ont "
     "pris part à ce tour dit de série C.",
     [{"company": "Kervalo", "round": "C", "investors": ["Mubadala Capital", "Goodwater Capital", "RTP Global"]}]),
])
def test_investors_before_the_amount_or_after_the_round(extract, text, expected):
    found = events_of(extract, text, etype="funding")
    assert len(found) == len(expected), found
    for e, exp in zip(found, expected):
        for role, value in exp.items():
            assert (sorted(e[role]) if role == "investors" else e[role]) == (sorted(value) if role == "investors" else value), e


@pytest.mark.parametrize("text, expected", [
    # who takes part in a company's round invests in it; the round is the company's named after it
    # (stop 50, training/events_extra)
    ("Orange Ventures remet un jeton dans l'agriculture numérique en participant au tour d'amorçage de "
     "Kervalo, qui totalise 805 K€.", {"company": "Kervalo", "investors": ["Orange Ventures"], "round": "seed"}),
    ("Partech a pris part à la levée de fonds de Kervalo, qui s'élève à 5 millions d'euros.",
     {"company": "Kervalo", "investors": ["Partech"], "amount": "5 millions d'euros"}),
    # an adverb may stand between the verb of taking part and the round
    ("Partech participe aussi à la levée de 372 millions de dollars de Kervalo, menée par Elaia.",
     {"company": "Kervalo", "investors": ["Elaia", "Partech"], "amount": "372 millions de dollars"}),
    # a round led by its subject stays the subject's reading
    ("Partech a investi dans Kervalo, qui lève 5 millions d'euros.", {"company": "Kervalo", "investors": ["Partech"]}),
])
def test_taking_part_in_a_companys_round(extract, text, expected):
    assert_one_event(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a round told after a comma as when something happened is the round of the name the sentence opens on
    ("Kervalo a acquis Datavolt, après une levée de 160 millions de dollars menée par Elaia.",
     {"company": "Kervalo", "amount": "160 millions de dollars", "investors": ["Elaia"]}),
    ("La start-up Kervalo a recruté 50 personnes, lors d'une levée de 10 millions d'euros.",
     {"company": "Kervalo", "amount": "10 millions d'euros"}),
    # not when a name follows the round's words: the round is that name's
    ("Datavolt a recruté 50 personnes, lors de la levée de 10 millions d'euros de Kervalo.",
     {"company": "Kervalo", "amount": "10 millions d'euros"}),
    ("Datavolt salue la levée de fonds de Kervalo, qui s'élève à 5 millions d'euros.",
     {"company": "Kervalo", "amount": "5 millions d'euros", "investors": []}),
    ("Kervalo a finalisé la levée de 10 millions d'euros de sa série A auprès de Partech.",
     {"company": "Kervalo", "investors": ["Partech"], "round": "A"}),
])
def test_a_round_told_as_a_time_is_the_subjects(extract, text, expected):
    assert_one_event(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # who leads a round `dans` or `de` a company named after it invests in it (stop 50, training/events)
    ("Partech a mené une levée de 20 millions d'euros dans Kervalo.",
     {"company": "Kervalo", "investors": ["Partech"], "amount": "20 millions d'euros"}),
    ("Partech a piloté le tour de table de 20 millions d'euros de Kervalo.",
     {"company": "Kervalo", "investors": ["Partech"]}),
    ("Alibaba vend en ligne. D'après Bloomberg, le spécialiste chinois du commerce en ligne a mené un tour de "
     "table d'1 milliard de dollars dans Moonshot AI, qui valorise la jeune pousse 2,5 milliards de dollars.",
     {"company": "Moonshot AI", "investors": ["Alibaba"], "valuation": "2,5 milliards de dollars"}),
])
def test_leading_a_companys_round(extract, text, expected):
    assert_one_event(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # stakes told by `entre à son capital`, `prendra la majorité`, `pris pied au capital de`, `une part du
    # capital de`: the capital is the company's the sentence names first, else the one told of (stop 50,
    # training/events, training/events_extra)
    ("Le site d'enquête locale Kervalo gagne en solidité : Mediapart entre à son capital.",
     [{"acquirer": "Mediapart", "target": "Kervalo"}]),
    ("Kervalo a été fondée à Lyon. C'est le fonds britannique Hg qui prendra la majorité, épaulé par les fondateurs.",
     [{"acquirer": "Hg", "target": "Kervalo"}]),
    ("Qualium Investissement, qui avait pris pied au capital du groupe Constellation en novembre 2021, laisse la "
     "place au fonds 3i.", [{"acquirer": "Qualium Investissement", "target": "Constellation", "status": "completed"}]),
    ("Engie a fait savoir mardi qu'il prenait une part du capital de HomeBiogas, une start-up israélienne.",
     [{"acquirer": "Engie", "target": "HomeBiogas"}]),
    # `s'est encore offert`, `s'est adjugé`: more forms of the verbs of buying
    ("Et l'éditeur américain EA s'est encore offert Playdemic la semaine dernière.", [{"acquirer": "EA", "target": "Playdemic"}]),
    ("Nintendo s'est adjugé Next Level Games en janvier 2021.", [{"acquirer": "Nintendo", "target": "Next Level Games"}]),
    # money that enters the capital, or a round's investor let in, is no stake taken
    ("La moitié, soit 50 millions d'euros, entre à son capital ; les souscripteurs sont le fonds SPI et Mirova.", []),
    ("Un premier volet avait été dévoilé mi-janvier : Lydia faisait alors entrer à son capital Tencent.", []),
    ("L'entrée à son capital de French Tech Accélération 2 fait changer M2care de dimension.", []),
    # funds that enter the capital of the company whose round was just told are its investors
    ("La medtech Cardiolys annonce une levée de 12 millions d'euros. Elle veut obtenir le marquage CE. Les fonds "
     "Sofinnova Partners et Seventure entrent à son capital.", []),
])
def test_stakes_in_the_capital_told_of(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # an earlier round named by its rank or as past, with no company named, is the company told of's,
    # with its own amount, date and investors (stop 51, training/events_extra; `earlier_round_cues`)
    ("Kervalo annonce une levée de 6 millions d'euros. Un premier tour de 2 millions d'euros avait été apporté "
     "par Partech en 2014.",
     [{"company": "Kervalo", "amount": "6 millions d'euros", "investors": []},
      {"company": "Kervalo", "amount": "2 millions d'euros", "investors": ["Partech"], "date": "2014"}]),
    ("Kervalo annonce une levée de 6 millions d'euros. Une levée antérieure, conclue en février, lui avait "
     "rapporté 4 millions d'euros.",
     [{"company": "Kervalo", "amount": "6 millions d'euros"},
      {"company": "Kervalo", "amount": "4 millions d'euros", "date": "février"}]),
    # the same round told again by its rank is one round
    ("Kervalo annonce une levée de 6 millions d'euros. Ce premier tour de 6 millions d'euros a été mené par Partech.",
     [{"company": "Kervalo", "amount": "6 millions d'euros", "investors": ["Partech"]}]),
    # a rank with no round of a company told before it names none
    ("Un premier tour de 2 millions d'euros a été bouclé en 2014.", []),
])
def test_an_earlier_round_of_the_company_told_of(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a pronoun object with a word between the auxiliary and the verb (stop 51, training/events)
    ("Kervalo s'allie à Holis. Le fonds américain Datavolt en avait lui-même pris le contrôle en 2015.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2015", "status": "completed"}]),
    ("Kervalo s'allie à Holis. Le fonds Datavolt en avait déjà fait l'acquisition en 2019.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # a stake in a capital that names no company is the company told of's (stop 51, training/events)
    ("Kervalo change de mains. En 2015, Datavolt avait racheté 99 % du capital pour un total de 560 M€.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "560 M€", "date": "2015"}]),
    # ... but a capital that names its company is that one's
    ("Kervalo change de mains. En 2015, Datavolt avait racheté 99 % du capital de Holis.",
     [{"acquirer": "Datavolt", "target": "Holis"}]),
])
def test_the_company_a_pronoun_or_a_capital_stands_for(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a headline's deal is not dated by a lead that tells an earlier deal of the same party with an
    # amount of its own (stop 51, dev_deals)
    ("La DGCCRF inflige 3,33 millions d'euros à Amazon\nAmazon avait déjà été condamné en septembre 2019 par le "
     "Tribunal de commerce de Paris, qui lui avait imposé 4 millions d'euros d'amende.",
     [{"amount": "3,33 millions d'euros", "date": None}, {"amount": "4 millions d'euros", "date": "septembre 2019"}]),
    # ... but a lead that tells the headline's deal dates it
    ("La DGCCRF inflige 3,33 millions d'euros à Amazon\nLa DGCCRF a condamné Amazon en septembre 2024 à régler "
     "3,33 millions d'euros.", [{"amount": "3,33 millions d'euros", "date": "septembre 2024"}]),
])
def test_a_lead_of_an_earlier_deal_dates_no_headline(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # `puni d'une amende`: the verb of a fine, its object the one fined (stop 51, training/events)
    ("La DPC inflige une amende de 251 M€ à Meta. En 2023, le régulateur avait déjà puni le groupe d'une amende "
     "de 1,2 Md€.", [{"target": "Meta", "amount": "251 M€"}, {"target": "Meta", "amount": "1,2 Md€", "date": "2023"}]),
    ("La CNIL a puni TikTok d'une pénalité de 5 millions d'euros.",
     [{"authority": "CNIL", "target": "TikTok", "amount": "5 millions d'euros"}]),
    # a crime punished by law names no fine
    ("Le piratage est puni de deux ans de prison par le Code pénal.", []),
])
def test_punished_with_a_fine(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # a round `signée` by its company, and the company a stake goes into described before its name in
    # apposition (stop 51, training/events_extra)
    ("Mai en a ajouté cinq, parmi lesquels une méga-levée signée Kervalo, à 200 millions de dollars.",
     [{"company": "Kervalo", "amount": "200 millions de dollars"}]),
    ("Tencent avait injecté quelques jours plus tôt 40 millions d'euros dans une autre pépite française de la "
     "finance, Lydia.", [{"company": "Lydia", "amount": "40 millions d'euros", "investors": ["Tencent"]}]),
    # a name after the comma that opens the next clause is no apposition
    ("Tencent a investi 40 millions d'euros dans une pépite de la finance, Lydia a confirmé l'opération.", []),
])
def test_a_round_signed_or_a_company_in_apposition(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # an offer `émanant de` its bidder: the bidder buys, the company it targets is bought (stop 51, training/news)
    ("Kervalo a été désigné cet été comme la cible d'une offre de rachat de 1,27 milliard de dollars émanant de "
     "Tencent.", [{"acquirer": "Tencent", "target": "Kervalo", "price": "1,27 milliard de dollars", "status": "announced"}]),
    ("SQLI a reçu une proposition de rachat émanant de Datavolt, son actionnaire de référence.",
     [{"acquirer": "Datavolt", "target": "SQLI"}]),
])
def test_an_offer_from_its_bidder(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a round's investor is no company `l'entreprise` names; the article's own company is (stop 51,
    # training/events_extra)
    ("Kervalo lève 40 millions d'euros auprès de Renault. Kervalo fabrique des exosquelettes qui aident les "
     "patients à remarcher après un accident, et vend ses machines aux hôpitaux de France, d'Allemagne et des "
     "États-Unis, où elle a ouvert un bureau l'an dernier. Ses équipes comptent désormais cent vingt personnes, "
     "dont la moitié d'ingénieurs, réparties entre Paris et Lyon, et son chiffre d'affaires a doublé en un an. "
     "Renault voit dans ces machines un relais de croissance. L'entreprise avait aussi obtenu 25 millions "
     "d'euros au printemps 2024.",
     [{"company": "Kervalo", "amount": "40 millions d'euros"},
      {"company": "Kervalo", "amount": "25 millions d'euros", "date": "printemps 2024"}]),
])
def test_an_investor_is_no_company_told_of(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # `y a versé`, `y avait placé` with an amount: an investor's own round in the company told of, not
    # one more investor of the round just read (stop 51, training/news)
    ("Kervalo lève 2 milliards de dollars. En mai 2023, le fonds Spark Capital y a versé 450 millions de dollars.",
     [{"company": "Kervalo", "amount": "2 milliards de dollars", "investors": []},
      {"company": "Kervalo", "amount": "450 millions de dollars", "investors": ["Spark Capital"], "date": "mai 2023"}]),
    # with no amount, the verb states no round
    ("Kervalo lève 2 milliards de dollars. Le fonds Spark Capital y a mis beaucoup d'espoir.",
     [{"company": "Kervalo", "amount": "2 milliards de dollars"}]),
])
def test_money_put_into_the_company_told_of(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, status", [
    # a takeover noun in a frame that looks back on the deal tells it done (stop 52, training/src
    # and training/news: `issu du rachat de Kleverware`, `depuis l'absorption de BusinessObjects`)
    ("Le module Vantyr Cloud, issu du rachat de Datavolt par Kervalo, complète la gamme.", "completed"),
    ("La coentreprise Kervalo, née en mars 2024 de la fusion avec Datavolt, dégage des synergies.", "completed"),
    ("Les intégrateurs en ressentent les effets depuis l'absorption de Datavolt par Kervalo.", "completed"),
    ("Le cloud profite du départ de clients de Datavolt après son rachat par Kervalo.", "completed"),
    ("Au moment de la prise de contrôle de Datavolt par Kervalo, le titre a bondi.", "completed"),
    # a reflexive compound past, as `s'est emparé` (training/news)
    ("Kervalo s'est adjugé Datavolt, un éditeur lyonnais.", "completed"),
    # a frame that looks back on another deal leaves the one to come announced
    ("Kervalo va racheter Datavolt, issu de la fusion de deux éditeurs lyonnais.", "announced"),
    # (`après le rachat`, no possessive: what follows the deal may still be to come)
    ("Après le rachat de Datavolt par Kervalo, les équipes resteront à Lille.", "announced"),
])
def test_a_deal_looked_back_on_is_done(extract, text, status):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Kervalo", "target": "Datavolt", "status": status})


@pytest.mark.parametrize("text, expected", [
    # a deal verb in an aside and the main clause's verb, a comma between, are two statements: the
    # aside's (no amount) states no round and must not swallow the main one (stop 52, training/news)
    ("Kervalo, qui a obtenu sa licence bancaire auprès de l'ACPR, a bouclé 200 millions d'euros auprès de "
     "Partech et d'Elaia.",
     [{"company": "Kervalo", "amount": "200 millions d'euros", "investors": ["Partech", "Elaia"]}]),
    # two deal words of one statement still make one ("boucle une levée", a comma or not)
    ("Kervalo boucle, en ce début d'année, une levée de 12 millions d'euros auprès de Partech.",
     [{"company": "Kervalo", "amount": "12 millions d'euros", "investors": ["Partech"]}]),
])
def test_an_asides_deal_verb_is_its_own(extract, text, expected):
    assert_events(extract, text, "funding", expected)


def test_a_drug_regulator_is_no_company_told_of(extract):
    # the FDA is a regulator (patterns/deals.json authority_words, stop 52): `la jeune pousse` after
    # a sentence that names it is still the company told of (training/src)
    text = ("La plus en vue s'appelle Kervalo. Fondée en 2019 à Paris, elle a obtenu en décembre 2022 "
            "l'autorisation de la FDA pour son robot. La jeune pousse a levé 55 millions de dollars en juin 2023.")
    assert_events(extract, text, "funding", [{"company": "Kervalo", "amount": "55 millions de dollars"}])


@pytest.mark.parametrize("text, expected", [
    # a headline's amount cut to fewer figures (4,665 -> 4,6) is the decision's, told again: one
    # fine, dated by the lead (stop 52, training/src)
    ("# Kervalo sanctionné de 4,6 millions d'euros\n\nL'Autorité de la concurrence a infligé jeudi une amende "
     "de 4,665 millions d'euros à Kervalo pour abus de position dominante.",
     [{"authority": "Autorité de la concurrence", "target": "Kervalo", "amount": "4,6 millions d'euros",
       "date": "jeudi"}]),
    # an amount neither rounded nor cut from the other is another fine
    ("# Kervalo sanctionné de 4,5 millions d'euros\n\nL'Autorité de la concurrence a infligé jeudi une amende "
     "de 4,665 millions d'euros à Kervalo pour abus de position dominante.",
     [{"target": "Kervalo", "amount": "4,5 millions d'euros"}, {"target": "Kervalo", "amount": "4,665 millions d'euros"}]),
])
def test_a_headlines_amount_cut_short_is_the_same_fine(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, etype, expected", [
    # a lead that names no party and no anaphora of the deal still dates the headline's deal by the
    # day it says the news was made public (stop 52, training/news)
    ("# Kervalo lève 11,2 millions d'euros\n\nKervalo passe la vitesse supérieure. Le réseau social tricolore "
     "a dévoilé ce jeudi un financement chiffré à 11,2 millions d'euros.",
     "funding", [{"company": "Kervalo", "amount": "11,2 millions d'euros", "date": "ce jeudi"}]),
    # a fine's date is its decision's, not the day it was made public
    ("# La CNIL sanctionne Kervalo à hauteur de 38 millions d'euros\n\nLe gendarme des données a rendu publique "
     "hier l'une des plus lourdes sanctions de son histoire. La CNIL a infligé à Kervalo une amende de 38 "
     "millions d'euros par une décision datée du 28 août.",
     "fine", [{"target": "Kervalo", "amount": "38 millions d'euros", "date": "28 août"}]),
])
def test_the_day_a_lead_says_the_news_was_made_public(extract, text, etype, expected):
    assert_events(extract, text, etype, expected)


def test_the_day_of_announcement_beyond_the_anaphoras_reach(extract):
    # the lead speaks of the company by an anaphora too far from the day it gives (stop 52,
    # training/src): the headline's round is still dated by it
    text = ("# Kervalo lève 100 millions d'euros\n\nLa start-up de Massy, issue de l'Institut d'Optique, annonce ce "
            "mardi une série B emmenée par Temasek.")
    headline = events_of(extract, text, etype="funding")[0]
    assert (headline["company"], headline["amount"], headline["date"]) == ("Kervalo", "100 millions d'euros", "ce mardi")


@pytest.mark.parametrize("text, expected", [
    # the paper that asked the company is no party: "Interrogée par L'Agefi, l'entreprise ..." (stop 52,
    # training/news; asked_by_cues in patterns/deals.json)
    ("Kervalo a bouclé une série E de 450 millions d'euros. Interrogée à l'époque par L'Agefi, l'entreprise "
     "avait démenti, se disant comblée par les 276 millions d'euros récoltés en mai 2021.",
     [{"company": "Kervalo", "amount": "450 millions d'euros"},
      {"company": "Kervalo", "amount": "276 millions d'euros", "date": "mai 2021"}]),
    ("Kervalo a bouclé une série E de 450 millions d'euros. Contactée par Le Monde, la start-up a confirmé "
     "avoir levé 276 millions d'euros en mai 2021.",
     [{"company": "Kervalo", "amount": "450 millions d'euros"},
      {"company": "Kervalo", "amount": "276 millions d'euros", "date": "mai 2021"}]),
])
def test_the_paper_that_asked_is_no_party(extract, text, expected):
    assert_events(extract, text, "funding", expected)


def test_a_participles_amount_right_before_it_is_its_own_fine(extract):
    # two past fines told by their amounts and participles: each amount is its own fine's (stop 52,
    # training/src)
    text = ("C'est la troisième amende la plus élevée de l'histoire du RGPD, derrière les 1,2 milliard d'euros "
            "infligés à Kervalo en 2023 et les 746 millions d'euros infligés à Datavolt en 2021.")
    assert_events(extract, text, "fine", [
        {"target": "Kervalo", "amount": "1,2 milliard d'euros", "date": "2023"},
        {"target": "Datavolt", "amount": "746 millions d'euros", "date": "2021"}])


@pytest.mark.parametrize("text, expected", [
    # money paid for a company is its takeover (stop 52, training/events_extra, training/src, dev:
    # "Square a déboursé 29 milliards pour s'offrir Afterpay", "Broadcom a bien payé 61 milliards de
    # dollars pour VMware", "3i met 116 M€ sur la table pour Constellation")
    ("Kervalo débourse 20 millions d'euros pour Datavolt.",
     [{"acquirer": "Kervalo", "target": "Datavolt", "price": "20 millions d'euros"}]),
    ("Kervalo a bien payé 61 milliards de dollars pour Datavolt en 2022.",
     [{"acquirer": "Kervalo", "target": "Datavolt", "price": "61 milliards de dollars", "status": "completed"}]),
    ("Kervalo met 116 millions d'euros sur la table pour Datavolt.",
     [{"acquirer": "Kervalo", "target": "Datavolt", "price": "116 millions d'euros", "status": "announced"}]),
    # not a price per share, a sum paid to settle, nor what customers pay for a service
    ("Kervalo met 34,90 dollars sur la table pour chaque titre Datavolt.", []),
    ("Datavolt a payé 5 millions de dollars pour solder les poursuites.", []),
    ("Les clients ont payé 30 euros pour Netflix en moyenne.", []),
])
def test_money_paid_for_a_company(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # money staked on a company ("Google mise 2 milliards de dollars sur Anthropic"), a company
    # that lets an investor into its capital for an amount, and a round it treats itself to (stop
    # 53, training/news, dev_real, training/src)
    ("Le fonds Partech a misé 12 millions d'euros sur la start-up lyonnaise Kervalo.",
     [{"company": "Kervalo", "amount": "12 millions d'euros", "investors": ["Partech"]}]),
    ("Datavolt mise 2 milliards de dollars sur Kervalo.",
     [{"company": "Kervalo", "amount": "2 milliards de dollars", "investors": ["Datavolt"]}]),
    ("Kervalo fait entrer Partech à son capital pour 8 millions d'euros.",
     [{"company": "Kervalo", "amount": "8 millions d'euros", "investors": ["Partech"]}]),
    ("Kervalo accueille Partech et Elaia à son capital, pour un montant de 8 millions d'euros.",
     [{"company": "Kervalo", "amount": "8 millions d'euros", "investors": ["Partech", "Elaia"]}]),
    # a round's noun after "avec" restates the round the verb told, the investor between them
    ("Kervalo a fait entrer le chinois Datavolt à son capital cette semaine, avec un tour de 40 millions d'euros.",
     [{"company": "Kervalo", "amount": "40 millions d'euros", "investors": ["Datavolt"]}]),
    ("Kervalo s'offre une série A de 15 millions d'euros menée par Eurazeo.",
     [{"company": "Kervalo", "amount": "15 millions d'euros", "round": "A", "investors": ["Eurazeo"]}]),
    # a bet that is no money, an investor let in with no amount (a stake or a round: none said),
    # a board joined
    ("Le groupe mise sur la recharge avec Beev et sur la flexibilité avec Voltalis.", []),
    ("Un premier volet avait été dévoilé mi-janvier : Kervalo faisait alors entrer à son capital Datavolt.", []),
    ("La start-up Kervalo a fait entrer trois nouveaux administrateurs à son conseil.", []),
])
def test_rounds_staked_and_let_in(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # "s'est payé", "se paie": the press's verbs of buying (stop 53)
    ("Datavolt s'est payé Kervalo pour 40 millions d'euros.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "40 millions d'euros", "status": "completed"}]),
    ("Datavolt se paie le lyonnais Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # a luxury is no company; a round treated to is no purchase
    ("Kervalo s'est payé le luxe de refuser une offre de Datavolt.", []),
    ("Kervalo s'offre une série A de 15 millions d'euros menée par Eurazeo.", []),
])
def test_companies_paid_for(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a deal's noun in apposition names the deal before it again: the name before the noun is
    # that deal's target, not the apposition's subject (stop 53, training/src)
    ("Datavolt a finalisé vendredi le rachat de Kervalo pour 68,7 milliards de dollars, la plus grosse "
     "acquisition de l'histoire du jeu vidéo.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "68,7 milliards de dollars", "status": "completed"}]),
    ("Datavolt a finalisé le rachat de Kervalo, une acquisition record.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # a second deal told after a comma by its own verb keeps its own subject
    ("Datavolt a racheté Kervalo, Sylquor a repris Mobix.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}, {"acquirer": "Sylquor", "target": "Mobix"}]),
])
def test_a_deals_noun_in_apposition(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a product the model guessed, named after a company of the article, is that company's
    # product: it buys nothing, its company does (stop 53, training/src, dev)
    ("Kervalo propose Kervalo Custody, issu du rachat du suisse Datavolt pour 250 millions de dollars en 2023.",
     [{"acquirer": "Kervalo", "target": "Datavolt", "price": "250 millions de dollars"}]),
])
def test_a_companys_product_is_no_buyer(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a verb of receiving names its givers by `de` right after the amount (stop 53, training/src)
    ("Datavolt a obtenu 60 millions d'euros de Bpifrance et de Crédit Mutuel Equity pour ses balances.",
     [{"company": "Datavolt", "investors": ["Bpifrance", "Crédit Mutuel Equity"]}]),
    ("Kervalo a obtenu 10 millions d'euros de la Banque européenne d'investissement.",
     [{"company": "Kervalo", "investors": ["Banque européenne d'investissement"]}]),
    # what the money is, then who gave it: no giver right after the amount
    ("Kervalo a obtenu 20 millions d'euros de financement de la région Occitanie.",
     [{"company": "Kervalo", "investors": []}]),
])
def test_money_received_from_givers(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # targets listed each with its nationality after `de`, a list closed by `ou encore` (stop 53,
    # the second real dev set)
    ("Datavolt s'est aussi emparé de l'américain Kervalo, de l'allemand Sylquor, du britannique Mobix et du "
     "brésilien Orbalis.", ["Kervalo", "Sylquor", "Mobix", "Orbalis"]),
    ("Datavolt a déjà mis la main sur Kervalo, Sylquor, Mobix ou encore Orbalis.",
     ["Kervalo", "Sylquor", "Mobix", "Orbalis"]),
    # the owner of what is bought is no target of its own
    ("Datavolt rachète Kervalo et l'activité cloud de Sylquor.", ["Kervalo"]),
])
def test_targets_listed(extract, text, expected):
    assert [e["target"] for e in events_of(extract, text, etype="acquisition")] == expected


@pytest.mark.parametrize("text, expected", [
    # the participle of a clause of its own, a deal carried to its end, a participle after a comma
    # whose buyer follows `par` (stop 53, the second real dev set)
    ("L'année a vu un deuxième mega deal, Datavolt ayant acquis Kervalo, qui pèse 288 M€ de revenus.",
     {"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}),
    ("Tata a mené à son terme le rachat de Kervalo.", {"acquirer": "Tata", "target": "Kervalo", "status": "completed"}),
    ("Parmi elles figure la medtech Kervalo, reprise par le danois Datavolt moyennant 154 millions d'euros.",
     {"acquirer": "Datavolt", "target": "Kervalo", "price": "154 millions d'euros", "status": "completed"}),
    ("Activa Capital et Bpifrance Investissement se sont emparés de Kervalo.",
     {"acquirer": "Activa Capital", "target": "Kervalo", "status": "completed"}),
])
def test_deals_told_done(extract, text, expected):
    assert_one_event(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # pairs of a company sold and its buyer after `à`, the verb left out; `celui de` listing
    # names with their own buyer after `par` (stop 53, the second real dev set)
    ("Après Kervalo cédé à Datavolt et Sylquor à Mobix, une nouvelle pépite part à l'étranger.",
     [("Datavolt", "Kervalo"), ("Mobix", "Sylquor")]),
    ("Citons le rachat par Datavolt de Kervalo, celui de Sylquor et de Mobix par Orbalis.",
     [("Datavolt", "Kervalo"), ("Orbalis", "Sylquor"), ("Orbalis", "Mobix")]),
    # talks called off: the deal is abandoned
    ("Datavolt a mis fin aux négociations portant sur un rapprochement avec Kervalo.", [("Datavolt", "Kervalo")]),
])
def test_deals_told_in_pairs(extract, text, expected):
    found = events_of(extract, text, etype="acquisition")
    assert [(e["acquirer"], e["target"]) for e in found] == expected
    if "mis fin" in text:
        assert found[0]["status"] == "abandoned"


def test_a_second_fine_in_a_clause_of_its_own(extract):
    # "quand" opens a clause whose subject, named with a possessive and its kind, is fined on its own
    # (stop 53, the second real dev set)
    text = ("Côté distribution, Kervalo écope de 76 millions d'euros (76 107 989 €) quand son concurrent Datavolt "
            "doit s'acquitter de 62 millions d'euros (62 972 668 €).")
    assert_events(extract, text, "fine", [{"target": "Kervalo", "amount": "76 millions d'euros"},
                                          {"target": "Datavolt", "amount": "62 millions d'euros"}])


@pytest.mark.parametrize("text, expected", [
    # a round named by a singular possessive is the company's told of (stop 53, the second real dev set)
    ("# Kervalo passe sous contrôle étranger\n\nÀ la suite de sa levée de 100 millions d'euros de janvier 2016, "
     "à laquelle a notamment pris part le fonds Datavolt Industries, ce dernier détient plus de 50 % du capital.",
     [{"company": "Kervalo", "amount": "100 millions d'euros", "investors": ["Datavolt Industries"]}]),
])
def test_a_round_named_by_its_possessive(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a name in an aside is no target of the list; a name followed by a relative clause that deals
    # buys on its own; a service that is its company's name buys (stop 53, the second real dev set)
    ("Datavolt a mis la main sur Kervalo (gestion d'entrepôt avec le logiciel Geode), sur Sylquor (gestion "
     "financière) et sur Orbalis.", [("Datavolt", "Kervalo"), ("Datavolt", "Sylquor"), ("Datavolt", "Orbalis")]),
    ("Twitch (filiale d'Amazon), qui reprend Kervalo, ou encore Datavolt, qui acquiert Sylquor.",
     [("Twitch", "Kervalo"), ("Datavolt", "Sylquor")]),
])
def test_buyers_and_targets_of_a_list(extract, text, expected):
    assert [(e["acquirer"], e["target"]) for e in events_of(extract, text, etype="acquisition")] == expected


@pytest.mark.parametrize("text, expected", [
    # a fine "chacun" is each listed name's; a total broken down after a colon gives each name its
    # share (stop 53, the third real dev set)
    ("Et en 2017, les mêmes Kervalo, Datavolt et Sylquor s'étaient vu infliger chacun une amende d'un milliard "
     "de francs CFA.", [("Kervalo", "un milliard de francs CFA"), ("Datavolt", "un milliard de francs CFA"),
                        ("Sylquor", "un milliard de francs CFA")]),
    ("Au total, les amendes atteignent 534 millions d'euros, ainsi ventilées : 256 millions à la charge de "
     "Kervalo, 220 millions à celle de Datavolt, enfin 58 millions d'euros à celle de Sylquor.",
     [("Kervalo", "256 millions"), ("Datavolt", "220 millions"), ("Sylquor", "58 millions d'euros")]),
    # a total alone is no fine
    ("Au total, les amendes infligées à Kervalo atteignent 534 millions d'euros.", []),
])
def test_fines_shared_out(extract, text, expected):
    assert [(e["target"], e["amount"]) for e in events_of(extract, text, etype="fine")] == expected


@pytest.mark.parametrize("text, expected", [
    # investors who gave it the money, the company told of; a name right after a bare comma opens
    # the clause, no apposition of the name before (stop 53, the third real dev set)
    ("# Kervalo grandit\n\nSofinnova Partners, Omnes et Bpifrance lui ont apporté 39 millions de dollars.",
     [{"company": "Kervalo", "amount": "39 millions de dollars", "investors": ["Sofinnova Partners", "Omnes",
                                                                             "Bpifrance"]}]),
    ("Deuxième derrière Datavolt, Kervalo, qui aide les entreprises à mesurer leur empreinte carbone, a réuni "
     "49 millions d'euros.", [{"company": "Kervalo", "amount": "49 millions d'euros"}]),
    # an apposition with words of its own still describes the name it opens on
    ("Kervalo, filiale du géant Datavolt, a levé 5 millions d'euros.", [{"company": "Kervalo"}]),
])
def test_who_gave_and_who_raised(extract, text, expected):
    assert_events(extract, text, "funding", expected)


def test_a_company_named_since_the_last_round_is_the_one_told_of(extract):
    # a ranking names each company as a subject, then tells its round by "l'entreprise" (stop 53,
    # the third real dev set)
    text = ("Deuxième du classement, Kervalo travaille sur la sclérose en plaques. Partech et Elaia lui ont "
            "apporté 39 millions de dollars.\n\nDatavolt occupe le quatrième rang. Son appareil traite le "
            "glaucome. L'entreprise a récolté 33 millions de dollars auprès d'Everpine Capital.")
    assert_events(extract, text, "funding", [
        {"company": "Kervalo", "amount": "39 millions de dollars", "investors": ["Partech", "Elaia"]},
        {"company": "Datavolt", "amount": "33 millions de dollars", "investors": ["Everpine Capital"]}])


@pytest.mark.parametrize("text, etype, expected", [
    # a deal verb's whole paradigm reads (stop 56: forms of listed verbs missing from their lists,
    # found on the untouched real-page batches): masculine plural participles, which agree with
    # an amount ("les millions décrochés"), plurals and gerunds of the investor's "miser"
    ("On reste loin des 46 millions d'euros décrochés par Kervalo en 2016.", "funding",
     [{"company": "Kervalo", "amount": "46 millions d'euros", "date": "2016"}]),
    ("Les 8 millions d'euros sécurisés par Datavolt serviront à recruter.", "funding",
     [{"company": "Datavolt", "amount": "8 millions d'euros"}]),
    ("Partech et Elaia misent 41 millions de dollars sur Kervalo.", "funding",
     [{"company": "Kervalo", "amount": "41 millions de dollars", "investors": ["Partech", "Elaia"]}]),
    ("Xavier Dupont avait vu juste en misant 3 millions d'euros dans Datavolt dès 2014.", "funding",
     [{"company": "Datavolt", "amount": "3 millions d'euros", "date": "2014"}]),
    # an aside between "la main" and "sur", an adverb before "sous le contrôle de"
    ("Datavolt a mis la main, dès le début de l'année 2023, sur Kervalo, une société parisienne.", "acquisition",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Kervalo est passé récemment sous le contrôle de Datavolt.", "acquisition",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
])
def test_every_form_of_a_listed_deal_verb(extract, text, etype, expected):
    assert_events(extract, text, etype, expected)


@pytest.mark.parametrize("text", [
    # the feminine participle still reads no round ("la réduction obtenue" before a list of fines,
    # stop 47), and "miser sur" with no amount is a bet, not a round
    "Kervalo mise sur l'intelligence artificielle pour doubler ses ventes.",
    "La place décrochée par Datavolt au classement ne change rien.",
])
def test_a_listed_verbs_form_that_states_no_round(extract, text):
    assert events_of(extract, text, etype="funding") == []


@pytest.mark.parametrize("text, expected", [
    # the relative pronoun stands for what was bought even when an apposition names its kind
    # first (stop 56, the untouched real-page batches)
    ("Il a travaillé chez Kervalo, le laboratoire que Datavolt a racheté.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Elle a fondé Kervalo, la jeune pousse lyonnaise que Datavolt a rachetée en 2021.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2021"}]),
    # a relative clause with another verb leaves the buyer the subject's
    ("Kervalo, le groupe que dirige Datavolt, a racheté Sylquor.", [{"acquirer": "Kervalo", "target": "Sylquor"}]),
])
def test_a_bought_company_named_with_its_kind_before_que(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, etype, expected", [
    # "frapper fort" is an idiom, no fine: the round told in its gerund stands (stop 56, the
    # untouched real-page batches); "frapper" with its object still fines
    ("L'an dernier, Kervalo avait frappé fort en levant 100 millions d'euros.", "funding",
     [{"company": "Kervalo", "amount": "100 millions d'euros"}]),
    ("La CNIL frappe Kervalo d'une amende de 2 millions d'euros.", "fine",
     [{"authority": "CNIL", "target": "Kervalo", "amount": "2 millions d'euros"}]),
])
def test_frapper_fort_is_no_fine(extract, text, etype, expected):
    assert_events(extract, text, etype, expected)


@pytest.mark.parametrize("text, expected", [
    # "tours" alone opens a roundup's list of names with their amounts in brackets (stop 56, the
    # untouched real-page batches); "tours" with no amounts after names states none
    ("Les plus gros tours reviennent à Kervalo (21 M€) puis à Datavolt (20 M€).",
     [{"company": "Kervalo", "amount": "21 M€"}, {"company": "Datavolt", "amount": "20 M€"}]),
    ("Suivent les tours de Kervalo (3 millions d'euros) et Datavolt (2,7 millions d'euros).",
     [{"company": "Kervalo", "amount": "3 millions d'euros"}, {"company": "Datavolt", "amount": "2,7 millions d'euros"}]),
    ("Les tours de garde de Kervalo (3 employés) changent.", []),
])
def test_a_list_of_rounds_after_tours(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a relative clause telling what a listed company does may stand between its name and its
    # amount in brackets (stop 56, the untouched real-page batches); one naming another company
    # leaves the amount to the name right before the bracket
    ("Le semestre ne compte que trois opérations au-delà des 100 M€ : Kervalo, qui installe des bornes "
     "(250 M€), Datavolt, qui élève des insectes (160 M€), et Sylquor (130 M€).",
     [{"company": "Kervalo", "amount": "250 M€"}, {"company": "Datavolt", "amount": "160 M€"},
      {"company": "Sylquor", "amount": "130 M€"}]),
])
def test_a_listed_round_after_a_relative_clause(extract, text, expected):
    assert_events(extract, text, "funding", expected)


def test_a_relative_clause_naming_another_company_keeps_its_amount_from_the_first(extract):
    text = "Les levées du mois : Ombrine, qui travaille avec Datavolt (20 M€), et Sylquor (8 M€)."
    assert "Ombrine" not in [e["company"] for e in events_of(extract, text, etype="funding")]


@pytest.mark.parametrize("text, expected", [
    # after a roundup's colon, an amount's company may follow "à" as well as "pour", and "chacune
    # pour" shares the amount between two names (stop 57, training/real_pages)
    ("Ces dernières semaines, on relève ces tours de table : 900 000 euros à Kervalo, 1,2 million "
     "d'euros à Datavolt et 3,2 millions d'euros à la Sylquor fondée par Jean Dupont.",
     [{"company": "Kervalo", "amount": "900 000 euros"}, {"company": "Datavolt", "amount": "1,2 million d'euros"},
      {"company": "Sylquor", "amount": "3,2 millions d'euros"}]),
    ("Le mois a aligné de gros tours de table : les 59 millions d'euros de Kervalo, 50 millions "
     "d'euros chacune pour l'assurtech Datavolt et la medtech Sylquor, sans oublier Ombrine.",
     [{"company": "Kervalo", "amount": "59 millions d'euros"}, {"company": "Datavolt", "amount": "50 millions d'euros"},
      {"company": "Sylquor", "amount": "50 millions d'euros"}]),
])
def test_a_roundups_amounts_each_told_with_its_company(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a roundup's listed name may take its amount after a comma, "à" or an aside before "avec"
    # (stop 57, training/real_pages); a figure that sizes the company is no round
    ("En tête du classement, deux tours de table écrasent la concurrence : celui de Kervalo, à "
     "250 M€, et celui de Datavolt, à 240 M€.",
     [{"company": "Kervalo", "amount": "250 M€"}, {"company": "Datavolt", "amount": "240 M€"}]),
    ("Il y a d'abord eu la levée de la néobanque Kervalo, 486 millions d'euros, puis celle de "
     "Datavolt, 450 millions d'euros.",
     [{"company": "Kervalo", "amount": "486 millions d'euros"}, {"company": "Datavolt", "amount": "450 millions d'euros"}]),
    ("Cinq levées pèsent la moitié du total régional. Parmi ces entreprises, deux sont bien "
     "installées : Kervalo, spécialiste de la mode, avec 100 millions d'euros, et la cleantech "
     "Datavolt, avec 66 millions d'euros.",
     [{"company": "Kervalo", "amount": "100 millions d'euros"}, {"company": "Datavolt", "amount": "66 millions d'euros"}]),
    ("Les levées de fonds ont ralenti. Kervalo, 486 millions d'euros de chiffre d'affaires, reste "
     "discrète.", []),
])
def test_a_listed_rounds_amount_after_a_comma(extract, text, expected):
    assert_events(extract, text, "funding", expected)


def test_a_period_told_in_the_sentence_of_the_rounds_dates_them(extract):
    # a date of a round's sentence that is no round's own date may be the review's period
    # (stop 57, training/real_pages: "2016 a vu passer quelques levées : ...")
    text = ("Le premier semestre 2025 a vu passer quelques levées : Kervalo (12 millions d'euros) et "
            "Datavolt (10 millions d'euros).")
    assert_events(extract, text, "funding", [{"company": "Kervalo", "date": "premier semestre 2025"},
                                             {"company": "Datavolt", "date": "premier semestre 2025"}])


def test_a_seed_fund_states_no_round(extract):
    # "fonds d'amorçage" names a kind of fund (stop 57: no gold trigger among the read sets' 7)
    assert events_of(extract, "Datavolt gère un fonds d'amorçage lyonnais, présidé par Jean Dupont.",
                     etype="funding") == []


@pytest.mark.parametrize("text, expected", [
    # the union is a fine's authority only when the article names no body deciding for it (§4):
    # its Commission, named in another sentence, is (stop 57, training/real_pages)
    ("L'UE frappe Kervalo d'une amende de 1,49 milliard d'euros. Mercredi, la Commission européenne a "
     "détaillé sa décision.", "Commission européenne"),
    ("L'UE frappe Kervalo d'une amende de 1,49 milliard d'euros. Mercredi, Bruxelles a détaillé sa "
     "décision.", "UE"),
])
def test_a_union_fines_through_its_commission(extract, text, expected):
    assert_one_event(extract, text, "fine", {"authority": expected})


@pytest.mark.parametrize("text, expected", [
    # a gerund takes its clause's tense: under a compound past it tells a deal done (stop 57, the
    # read dev_real, dev_real2 and training/real_pages: 6 of 6 such takeovers labelled completed);
    # an infinitive of purpose after one tells an offer made, the deal to come
    ("Au fil des années, Datavolt a étoffé son catalogue en mettant la main sur Kervalo.", "completed"),
    ("Datavolt a fait l'actualité en s'offrant Kervalo, un cabinet lyonnais.", "completed"),
    ("Cet argent l'a aidée à ouvrir sept pays et à grandir, en rachetant notamment l'allemand Kervalo.",
     "completed"),
    ("Datavolt grandit en rachetant Kervalo.", "announced"),
    ("Datavolt va grandir en rachetant Kervalo.", "announced"),
    ("Datavolt a déposé une offre pour racheter Kervalo.", "announced"),
])
def test_a_takeover_in_the_gerund_takes_its_clauses_tense(extract, text, expected):
    assert_one_event(extract, text, "acquisition", {"status": expected})


@pytest.mark.parametrize("text, expected", [
    # a takeover a company tried or meant to make, told in the past, did not happen (stop 57, the
    # read sets: 'avait également tenté de s'emparer', 'entendait avaler'); what it said it meant
    # to do, reported, is announced
    ("En novembre, Datavolt avait également tenté de s'emparer de Kervalo, en lui offrant trois "
     "milliards de dollars.", "abandoned"),
    ("En 2013, Datavolt avait cherché à s'offrir pour 3 milliards de dollars une jeune application, Kervalo.",
     "abandoned"),
    ("L'an dernier, Datavolt entendait racheter Kervalo pour 6,3 milliards de francs.", "abandoned"),
    ("Datavolt a fait savoir lundi qu'il entendait acquérir Kervalo, éditeur de logiciels.", "announced"),
])
def test_a_takeover_tried_in_the_past_was_abandoned(extract, text, expected):
    assert_one_event(extract, text, "acquisition", {"status": expected})


@pytest.mark.parametrize("text, expected", [
    # the buyer an anaphora names (stop 57, the read sets): not a company just bought, whose
    # buyer it is ("Le géant scandinave" after "Ombrine rachète Kervalo. Kervalo a créé ..."),
    # and "ce dernier" names the company named last
    ("Ombrine rachète Kervalo pour 1,3 milliard de dollars. Kervalo a créé un jeu célèbre. Le géant "
     "scandinave ne s'est pas arrêté là et a mis la main sur Datavolt.",
     [{"acquirer": "Ombrine", "target": "Kervalo"}, {"acquirer": "Ombrine", "target": "Datavolt"}]),
    ("Le marché est dominé par deux groupes, Ombrine et Kervalo. Ce dernier a lui-même mis la main "
     "récemment sur Datavolt.", [{"acquirer": "Kervalo", "target": "Datavolt"}]),
])
def test_the_buyer_an_anaphora_names(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # buyers named together taking a stake: the first named buys (§4, stop 21); a second verb joined
    # by "puis" after a relative clause on the first deal keeps the first one's buyer (stop 57,
    # training/real_pages)
    ("Ombrine et Sylquor ont pris une part du capital de Kervalo, qui en a profité pour se désendetter.",
     [{"acquirer": "Ombrine", "target": "Kervalo"}]),
    ("Ombrine a mis la main sur Kervalo en janvier, ce qui l'a fait entrer dans l'Est du pays, puis a "
     "repris Datavolt en septembre.",
     [{"acquirer": "Ombrine", "target": "Kervalo"}, {"acquirer": "Ombrine", "target": "Datavolt"}]),
])
def test_buyers_named_together_and_a_second_verb_after_an_aside(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # 'miser sur' a company in the compound past, with no amount, states a fund's investment in it
    # (stop 57: the read sets' writers label 12 such; §4 stop 34: whoever invests in a named
    # company states its round); 'miser sur' a quality states none
    ("Un nouveau venu les rejoint, Ombrine Capital, un fonds qui avait déjà misé sur la jeune pousse "
     "Kervalo, spécialisée dans le voyage.", [{"company": "Kervalo", "investors": ["Ombrine Capital"]}]),
    ("Kervalo a misé sur la qualité pour séduire ses clients.", []),
])
def test_a_fund_that_bet_on_a_company(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a selling verb's feminine and plural participles state a takeover as its masculine does
    # (stop 57, the read sets); not goods that "sont vendus à" clients, nor sold in a country
    ("Kervalo a conçu un outil d'inspection, puis l'activité Datavolt, vendue en 2021 à Ombrine pour "
     "52 millions d'euros.", [{"acquirer": "Ombrine", "target": "Datavolt"}]),
    ("Wiz a été fondée par les créateurs de Datavolt, une société déjà revendue à Ombrine.",
     [{"acquirer": "Ombrine", "target": "Datavolt"}]),
    ("Ses logiciels Kervalo OS sont vendus à Ombrine et à Datavolt.", []),
    ("Sylquor a levé 2 millions d'euros pour sa lampe Kervalo Solo, vendue au Sénégal.", []),
])
def test_a_sale_told_by_a_feminine_or_plural_participle(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a fine statement naming several companies gives one fine each, their amounts from the
    # sentences that detail them (stop 57: eight such headlines among the read sets); "chacun"
    # shares the amount; a fine they share ("ensemble") is one
    ("# Bruxelles sanctionne Kervalo et Datavolt : 700 millions d'euros au total\n\nLa Commission "
     "européenne a infligé mercredi 500 millions d'euros à Kervalo. Datavolt devra payer 200 millions d'euros.",
     [{"target": "Kervalo", "amount": "500 millions d'euros"}, {"target": "Datavolt", "amount": "200 millions d'euros"}]),
    ("# Italie : Kervalo et Datavolt sanctionnés à hauteur de 200 millions d'euros\n\nLe régulateur italien a "
     "frappé mardi. Kervalo devra payer 68,7 millions d'euros et Datavolt 134,5 millions d'euros.",
     [{"target": "Kervalo", "amount": "68,7 millions d'euros"}, {"target": "Datavolt", "amount": "134,5 millions d'euros"}]),
    ("# Rome sanctionne Kervalo et Datavolt de 10 millions d'euros chacun\n\nLes deux groupes restent "
     "dans le viseur des autorités italiennes.",
     [{"target": "Kervalo", "amount": "10 millions d'euros"}, {"target": "Datavolt", "amount": "10 millions d'euros"}]),
    ("En décembre 2012, Kervalo et Datavolt se voient condamnés ensemble à payer 183 millions d'euros "
     "par l'Autorité de la concurrence.", [{"target": "Kervalo", "amount": "183 millions d'euros"}]),
])
def test_a_fine_statement_naming_several_companies(extract, text, expected):
    assert_events(extract, text, "fine", expected)


def test_a_heading_that_states_the_fine_keeps_its_own_mentions(extract):
    # a title above a heading that states the fine is no first statement of it (stop 57, dev_real2)
    text = ("# Kervalo dans le viseur de Bruxelles\n\n## Bruxelles met à l'amende Kervalo\n\nCe mercredi, "
            "la Commission européenne a frappé Kervalo d'une amende de 500 millions d'euros.")
    record = extract(text, PUBLISHED)
    fine = next(ev for ev in record["events"] if ev["type"] == "fine")
    assert fine["roles"]["target"][0] == text.index("Kervalo", 40)


@pytest.mark.parametrize("text, expected", [
    # 'imposer' states a fine when a named company follows 'à' or a fine's noun follows it (stop
    # 57, the untouched training/real_pages batch: a past record fine "imposé à Amazon"); not a
    # duty imposed, nor conditions imposed on sellers
    ("La DPC a infligé à Kervalo une amende de 1,2 milliard d'euros. Le précédent record, soit 746 "
     "millions d'euros, avait été imposé à Datavolt en juillet 2021.",
     [{"target": "Kervalo"}, {"target": "Datavolt", "amount": "746 millions d'euros", "date": "juillet 2021"}]),
    ("La Commission européenne a imposé à Kervalo d'ouvrir son système.", []),
    ("Le régulateur critique les conditions imposées aux vendeurs de Kervalo.", []),
])
def test_a_fine_imposed(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # a roundup's listed name, an apposition, then its amount in brackets; the list after the colon
    # of a sentence that tells rounds itself; the agents of a round's plural participle each raised
    # one (stop 57, the untouched training/real_pages batch, read after its score)
    ("Loin derrière, les autres levées du top 5 sont celles de Kervalo, jeune pousse de la fintech (61 "
     "millions d'euros, janvier), de Datavolt, acteur de l'EdTech (51 millions d'euros, mai) et de Sylquor, "
     "expert des données (49 millions d'euros, avril).",
     [{"company": "Kervalo", "amount": "61 millions d'euros", "date": "janvier"},
      {"company": "Datavolt", "amount": "51 millions d'euros", "date": "mai"},
      {"company": "Sylquor", "amount": "49 millions d'euros", "date": "avril"}]),
    ("Derrière, plusieurs sociétés ont levé au minimum 40 M€ : Kervalo (50 M€), Datavolt (45 M€) et "
     "Sylquor (40 M€).",
     [{"company": "Kervalo", "amount": "50 M€"}, {"company": "Datavolt", "amount": "45 M€"},
      {"company": "Sylquor", "amount": "40 M€"}]),
    ("Les plus gros tours de table de l'année ont été bouclés par Kervalo, Datavolt et Sylquor.",
     [{"company": "Kervalo", "investors": []}, {"company": "Datavolt"}, {"company": "Sylquor"}]),
    ("Le tour de table a été bouclé par Kervalo.", [{"company": "Kervalo"}]),
])
def test_roundup_lists_read_on_the_untouched_batch(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # "un financement de N" states a round as "un tour de N" does (stop 57: 11 gold triggers among
    # the read sets); the funding of research is none
    ("La start-up Kervalo annonce un financement de 5 millions d'euros auprès de Partech.",
     [{"company": "Kervalo", "amount": "5 millions d'euros", "investors": ["Partech"]}]),
    ("Le financement de la recherche publique atteint 5 milliards d'euros.", []),
])
def test_a_financing_of_an_amount(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # an investor's stakes in the companies a count names ("dans plus de neuf entreprises, dont X, Y
    # et Z"), and money told with no amount after a weak verb ("a obtenu des capitaux") (stop 57,
    # the untouched training/real_pages batch, read after its score)
    ("Autre montréalais, Ombrine Ventures a investi dans plus de neuf entreprises, dont Kervalo, "
     "Datavolt et Sylquor.",
     [{"company": "Kervalo", "investors": ["Ombrine Ventures"]}, {"company": "Datavolt", "investors": ["Ombrine Ventures"]},
      {"company": "Sylquor", "investors": ["Ombrine Ventures"]}]),
    ("Doyenne des entreprises financées, Kervalo a elle aussi obtenu des capitaux.", [{"company": "Kervalo"}]),
    ("Kervalo a décroché un contrat avec Datavolt.", []),
])
def test_stakes_in_a_portfolio_and_money_told_without_amount(extract, text, expected):
    assert_events(extract, text, "funding", expected)


def test_a_givers_possessive_names_no_company_after_a_rounds_amount(extract):
    # "un financement de N de son actionnaire X": X gave the money (stop 57, with `financement` a
    # round's word)
    text = "La biotech Kervalo a obtenu un financement de 10 millions d'euros de son actionnaire Datavolt."
    assert_one_event(extract, text, "funding", {"company": "Kervalo", "amount": "10 millions d'euros"})


@pytest.mark.parametrize("text, expected", [
    # rounds that share the first one's verb, each name with an aside before its amount (stop 57,
    # the fourth real-pages batch, read after its untouched score); an aside naming another
    # company ends the list
    ("En tête du classement, la néobanque Kervalo a empoché 486 millions d'euros, Datavolt, qui note "
     "les entreprises sur leurs performances sociales, 478 millions d'euros et Sylquor, champion des "
     "produits reconditionnés, 450 millions d'euros.",
     [{"company": "Kervalo", "amount": "486 millions d'euros"}, {"company": "Datavolt", "amount": "478 millions d'euros"},
      {"company": "Sylquor", "amount": "450 millions d'euros"}]),
    ("Kervalo a empoché 486 millions d'euros, Datavolt, filiale d'Ombrine, 478 millions d'euros.",
     [{"company": "Kervalo", "amount": "486 millions d'euros"}]),
])
def test_gapped_rounds_with_an_aside(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # an anaphora after a round names the nearest subject since, not the name said most of the
    # last sentences, which may be the round's investor (stop 58, dev_real3)
    ("Deuxième du classement, Kervalo soigne la sclérose en plaques. Partech, Elaia et Serena lui ont "
     "apporté 39 millions de dollars. Datavolt occupe le quatrième rang. Son appareil traite le glaucome. "
     "L'entreprise a récolté 33 millions de dollars auprès de Sylquor. Partech reste le fonds le plus "
     "actif du classement.",
     [{"company": "Kervalo", "amount": "39 millions de dollars"},
      {"company": "Datavolt", "amount": "33 millions de dollars", "investors": ["Sylquor"]}]),
    # far from the round, the roundup's investor named most is still no company the anaphora names
    ("Deuxième du classement, Kervalo soigne la sclérose en plaques. Partech, Elaia et Serena lui ont "
     "apporté 39 millions de dollars. Le marché reste étroit, et les laboratoires publics y gardent une "
     "large avance sur les jeunes pousses. Ses bailleurs : Partech et Elaia. La recherche sur les "
     "antiviraux progresse lentement, faute de moyens et de patients inclus dans les essais. Les "
     "autorités sanitaires promettent des procédures plus rapides pour les essais cliniques. Vient "
     "ensuite Datavolt, spécialiste des antiviraux. La société a bouclé en janvier sa première levée "
     "de fonds, avec Sylquor, Partech et Ombrine.",
     [{"company": "Kervalo"}, {"company": "Datavolt", "investors": ["Sylquor", "Partech", "Ombrine"]}]),
])
def test_the_company_an_anaphora_names_after_a_round(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a round a company prepares is a plan (§2b, stop 58: training/src); one it closed is told
    ("Kervalo prépare une série A pour le printemps.", []),
    ("Kervalo prépare une levée de 10 millions d'euros.", []),
    ("Kervalo a bouclé une série A de 10 millions d'euros et prépare déjà son arrivée à Berlin.",
     [{"company": "Kervalo", "round": "A"}]),
])
def test_a_prepared_round_is_a_plan(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, in_title", [
    # a title whose verb right after the company tells its round states it first (§2b): the
    # company's mention is the title's, though the amount comes in the body (stop 58, training/src
    # and real_pages); a weak verb must name a round or an amount after it
    ("# Kervalo boucle un tour d'amorçage hors norme\n\nLa start-up parisienne Kervalo a levé "
     "105 millions d'euros auprès de Partech.", True),
    ("# Kervalo Lève Et Recrute\n\nLa start-up parisienne Kervalo a levé 105 millions d'euros auprès de Partech.", True),
    ("# Kervalo décroche le contrat du ministère\n\nLa start-up parisienne Kervalo avait levé "
     "12 millions d'euros auprès de Partech en janvier.", False),
    ("# Les levées de la semaine : Kervalo et les autres\n\nLa start-up parisienne Kervalo a levé "
     "105 millions d'euros auprès de Partech.", False),
])
def test_a_title_that_tells_the_round_first_holds_its_company(extract, text, in_title):
    record = extract(text, PUBLISHED)
    rounds = [e for e in record["events"] if e["type"] == "funding"]
    assert len(rounds) == 1, rounds
    start = rounds[0]["roles"]["company"][0]
    assert (start < text.index("\n")) == in_title, rounds


@pytest.mark.parametrize("text, expected", [
    # a clause of its own between two names ends a takeover's list of targets (stop 58, the fifth
    # real-pages batch, read after its untouched score); a relative clause on the first does not
    ("# Récap : Datavolt s'offre Kervalo, Paris et Berlin s'opposent sur le cloud, Ombrine et Sylquor "
     "alliés dans l'IA", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("Datavolt a aussi racheté en 2019 le russe Kervalo, dont elle s'est retirée après la guerre, puis "
     "le français Sylquor.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}, {"acquirer": "Datavolt", "target": "Sylquor"}]),
])
def test_a_clause_between_two_names_ends_a_list_of_targets(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # "passer sous le contrôle de" with a date or an adverb between (stop 58, dev_real3 and the
    # fifth real-pages batch), not with a negation; a name the subject's aside gives as an example
    # is not the one bought, the anaphora's company is
    ("La jeune pousse Kervalo est passée début février sous le contrôle du groupe Datavolt.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Les salariés se sont battus pour que Kervalo ne passe pas sous le contrôle de Datavolt.", []),
    ("La semaine est faste pour Kervalo. Cette société, qui équipe plus de 500 clients, parmi lesquels "
     "Ombrine, Sylquor et Quintar, est passée jeudi sous le contrôle de Datavolt.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
])
def test_a_company_passed_under_the_control_of_another(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


def test_fines_added_to_a_headlines_fine_take_the_date_its_body_gives(extract):
    # the headline states the first fine, the body dates it and adds the others of the decision
    # the next sentence (stop 58, training/src and real_pages)
    text = ("# La CNIL inflige à Kervalo une amende de 40 millions d'euros\n\n"
            "La CNIL a annoncé lundi avoir infligé 40 millions d'euros à Kervalo. Datavolt et Sylquor "
            "sont eux aussi sanctionnés, à hauteur de 6 millions et de 2 millions d'euros respectivement.")
    found = events_of(extract, text, etype="fine")
    assert [(e["target"], e["date"]) for e in found] == [
        ("Kervalo", "lundi"), ("Datavolt", "lundi"), ("Sylquor", "lundi")], found


@pytest.mark.parametrize("text, expected", [
    # the sentence after a fine on several companies splits it after a colon: one fine each, its
    # own amount (§4; stop 58, the fifth real-pages batch, read after its untouched score)
    ("La CNIL a infligé à trois éditeurs, Kervalo, Datavolt et Sylquor, une amende de 30 millions "
     "d'euros. La facture se répartit ainsi : 20 millions d'euros pour Kervalo, 6 millions pour Datavolt "
     "et 4 millions pour Sylquor.",
     [{"target": "Kervalo", "amount": "20 millions d'euros"}, {"target": "Datavolt", "amount": "6 millions"},
      {"target": "Sylquor", "amount": "4 millions"}]),
    # a list of other companies is no breakdown of it
    ("La CNIL a infligé à Kervalo une amende de 30 millions d'euros. Ses concurrents ont investi : 20 "
     "millions d'euros pour Ombrine, 6 millions pour Quintar.",
     [{"target": "Kervalo", "amount": "30 millions d'euros"}]),
])
def test_a_fine_split_by_the_next_sentence(extract, text, expected):
    assert_events(extract, text, "fine", expected)


def test_an_anaphora_in_a_brief_names_the_company_of_its_own_item(extract):
    # a brief's "La société" does not reach the brief above, whose company is named more (stop 58,
    # the fifth real-pages batch, read after its untouched score)
    text = ("- **Bévue chez Datavolt.** Datavolt a mis en ligne trop tôt ses téléphones. Selon la presse, "
            "Datavolt a retiré la page. Datavolt ne commente pas.\n"
            "- **Encore une licorne.** L'heureuse élue s'appelle Kervalo, connue pour ses rendez-vous "
            "médicaux en ligne. La société vient de boucler sa cinquième levée de fonds (150 M€), réalisée "
            "auprès de Partech.")
    assert_one_event(extract, text, "funding", {"company": "Kervalo", "amount": "150 M€"})


def test_an_items_earlier_round_leaves_its_own_round(extract):
    # an item's "La société avait levé" names the company the item opens on, and that earlier round
    # leaves the item's own amount a round (stop 58, training/src)
    text = ("Les levées de la semaine :\n\n"
            "- **Kervalo** : 24 millions d'euros pour installer ses batteries. Le tour est mené par Partech, "
            "rejoint par le fonds Elaia. La société avait levé 5 millions d'euros en mars 2024.\n"
            "- **Datavolt** : 3 millions d'euros auprès de Serena.\n")
    found = {(e["company"], e["amount"]) for e in events_of(extract, text, etype="funding")}
    assert found == {("Kervalo", "24 millions d'euros"), ("Kervalo", "5 millions d'euros"),
                     ("Datavolt", "3 millions d'euros")}, found


@pytest.mark.parametrize("text, amount", [
    # an amount in brackets right after a round's noun, whole ("levée de fonds (150 M€)"), is the
    # round's (stop 58, the fifth real-pages batch); a company's size in brackets is not
    ("Kervalo vient de boucler sa cinquième levée de fonds (150 M€), réalisée auprès de Partech.", "150 M€"),
    ("Kervalo vient de boucler un tour de table (20 millions d'euros) avec Partech.", "20 millions d'euros"),
    ("Kervalo lève 5 millions d'euros (150 M€ de chiffre d'affaires).", "5 millions d'euros"),
])
def test_an_amount_in_brackets_after_a_rounds_whole_noun(extract, text, amount):
    assert_one_event(extract, text, "funding", {"company": "Kervalo", "amount": amount})


@pytest.mark.parametrize("text, expected", [
    # a sum told with its count of deals ("levés en 19 opérations", "sur six tours de table") is no
    # round, and leaves the review's period to date the rounds listed (stop 58, training/src)
    ("Le mois d'avril a été faste pour la fintech, avec 640 millions d'euros levés en 19 opérations. "
     "Kervalo a bouclé 200 millions d'euros auprès de Partech.",
     [{"company": "Kervalo", "amount": "200 millions d'euros"}]),
    ("Kervalo a levé 30 millions d'euros sur six tours de table depuis 2015.", []),
])
def test_a_sum_told_with_its_count_of_deals_is_no_round(extract, text, expected):
    assert_events(extract, text, "funding", expected)


def test_a_monthly_reviews_last_month_dates_its_rounds(extract):
    # "le mois dernier" names the month before publication, a monthly review's period (§4), not
    # a month compared with (stop 58, training/events_extra)
    text = ("Les start-up de la finance ont réuni 312 millions d'euros le mois dernier. Parmi elles, Kervalo "
            "a levé 95 millions d'euros auprès de Partech, et Datavolt a obtenu 27 millions d'euros.")
    found = events_of(extract, text, published="2026-02-03", etype="funding")
    assert [(e["company"], e["date"]) for e in found] == [
        ("Kervalo", "le mois dernier"), ("Datavolt", "le mois dernier")], found


@pytest.mark.parametrize("text, expected", [
    # dated ownership states a completed takeover dated then (§4, stop 54; implemented stop 58 on
    # training/src); undated ownership states none
    ("Le danois Kervalo, propriété de Datavolt depuis 2021, reste une référence.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2021", "status": "completed"}]),
    ("Datavolt est propriétaire de Kervalo depuis novembre 2020.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "novembre 2020", "status": "completed"}]),
    ("Kervalo, propriété de Datavolt, reste une référence.", []),
    ("Datavolt, propriétaire de la marque depuis 2015, lance un téléphone.", []),
])
def test_dated_ownership_is_a_completed_takeover(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, investors", [
    # an investor cue in the feminine or the plural ("souscrite par", "apportés par"), and "forte du
    # soutien de" (stop 58, dev_real4)
    ("Kervalo a bouclé une série A de 50 millions de dollars, souscrite par Partech et Elaia.", ["Partech", "Elaia"]),
    ("Kervalo a levé 1,7 milliard d'euros. Forte du soutien de Datavolt et de Sylquor, l'entreprise "
     "entend recruter.", ["Datavolt", "Sylquor"]),
])
def test_investor_cues_in_every_gender_and_number(extract, text, investors):
    assert_one_event(extract, text, "funding", {"company": "Kervalo", "investors": investors})


def test_a_fronted_participle_describes_the_anaphora_after_it(extract):
    # "Repris par X en 2020, le spécialiste ... ": the main clause's subject names the company told
    # of (stop 58, the sixth real-pages batch, read after its untouched score)
    text = ("# Kervalo, le rival français de Google Maps, en difficulté\n\n"
            "Kervalo perd de l'argent. Repris par Datavolt en 2020, le spécialiste des cartes enchaîne les "
            "exercices déficitaires.")
    assert_one_event(extract, text, "acquisition", {"acquirer": "Datavolt", "target": "Kervalo", "date": "2020"})


@pytest.mark.parametrize("text, acquirer", [
    # a relative clause on a takeover's noun names its buyer ("le rachat de X, ..., que Y a annoncé")
    # (stop 58, the sixth real-pages batch); another verb names none
    ("Datavolt a racheté Ombrine. Cela paraît modeste face au rachat de Kervalo, éditeur de jeux, que "
     "Sylquor a annoncé en janvier 2022.", "Sylquor"),
    ("Cela paraît modeste face au rachat de Kervalo que Sylquor a critiqué en janvier 2022.", None),
])
def test_a_relative_clause_names_the_buyer_of_a_takeovers_noun(extract, text, acquirer):
    found = [e for e in events_of(extract, text, published="2024-01-10", etype="acquisition") if e["target"] == "Kervalo"]
    assert len(found) == 1 and found[0]["acquirer"] == acquirer, found


def test_a_ranking_of_valuations_in_brackets_is_no_list_of_rounds(extract):
    # names with amounts of billions in brackets after a valuation are a ranking of valuations
    # (stop 58, the sixth real-pages batch, read after its untouched score)
    text = ("Kervalo a levé 500 millions d'euros auprès de Partech, ce qui la place en tête des jeunes pousses "
            "les plus chères, avec une valeur de 5,8 milliards d'euros. Elle efface ainsi Datavolt (5,1 "
            "milliards d'euros), tombeur en janvier de Sylquor (4,4 milliards d'euros).")
    assert_one_event(extract, text, "funding", {"company": "Kervalo", "amount": "500 millions d'euros"})


def test_a_consortium_told_the_sentence_after_the_round(extract):
    # "Ce consortium avait pour chef de file X et comprenait aussi Y, Z": the round's investors, the
    # lead first (stop 58, the sixth real-pages batch, read after its untouched score)
    text = ("La société québécoise Kervalo a bouclé un nouveau tour de 128 millions de dollars. Ce consortium "
            "avait pour chef de file Partech, et comprenait aussi Elaia et Serena.")
    assert_one_event(extract, text, "funding", {"company": "Kervalo", "investors": ["Partech", "Elaia", "Serena"]})


@pytest.mark.parametrize("text, date", [
    # the start of an ownership the takeover made dates it ("appartient depuis 2021 à Y, qui l'a
    # racheté"; stop 58, training/src); `depuis` dates no round ("présente depuis 2015")
    ("Kervalo appartient depuis 2021 au danois Datavolt, qui l'a racheté pour 1,2 milliard de dollars.", "2021"),
    ("Depuis mai 2021, Kervalo appartient à Datavolt, qui l'a racheté pour environ 40 millions d'euros.", "mai 2021"),
])
def test_the_start_of_an_ownership_dates_its_takeover(extract, text, date):
    assert_one_event(extract, text, "acquisition", {"acquirer": "Datavolt", "target": "Kervalo", "date": date})


@pytest.mark.parametrize("text, date", [
    # a company born of a merger was born with it: the birth's date is the merger's (stop 58,
    # training/src and real_pages); a founding date dates no round
    ("La coentreprise Kervalo, née en mars 2024 de la fusion avec Datavolt, dégage des synergies.", "mars 2024"),
])
def test_a_company_born_of_a_merger_dates_it(extract, text, date):
    assert_one_event(extract, text, "acquisition", {"target": "Datavolt", "date": date})


def test_a_founding_date_dates_no_round(extract):
    assert_one_event(extract, "Fondée en 2018, Kervalo a levé 5 millions d'euros.", "funding",
                     {"company": "Kervalo", "date": None})


@pytest.mark.parametrize("text, companies", [
    # a bet on a list of companies is a stake in each (stop 58, training/src)
    ("Pour Partech, qui a déjà misé sur Kervalo et Datavolt, il s'agit du plus gros ticket de son histoire.",
     ["Kervalo", "Datavolt"]),
    ("Partech a déjà misé sur Kervalo, Datavolt et Sylquor.", ["Kervalo", "Datavolt", "Sylquor"]),
])
def test_a_bet_on_a_list_of_companies(extract, text, companies):
    assert_events(extract, text, "funding", [{"company": c, "investors": ["Partech"]} for c in companies])


# ------------------------------------------------------------------ stop 59

@pytest.mark.parametrize("text, expected", [
    # news verbs of a round with its amount: attirer, rafler, glaner, ramasser (stop 59:
    # dev_real3, `Les robots désherbeurs d'Ecorobotix attirent 14,7 millions de francs`)
    ("Les robots désherbeurs de Kervalo attirent 14,7 millions de francs.",
     [{"company": "Kervalo", "amount": "14,7 millions de francs"}]),
    ("Kervalo rafle 8 millions d'euros auprès de Partech.",
     [{"company": "Kervalo", "amount": "8 millions d'euros", "investors": ["Partech"]}]),
    ("La start-up nantaise Kervalo glane 3 millions d'euros.", [{"company": "Kervalo"}]),
    ("Kervalo ramasse 4,5 millions d'euros.", [{"company": "Kervalo", "amount": "4,5 millions d'euros"}]),
    # `récupérer` an amount, `recevoir` an amount from a named giver (stop 59, the real-pages
    # batches: `Bitglass récupère 70 M$`, `Mistral AI reçoit 16 millions de dollars de Microsoft`)
    ("# Télex : Datavolt dévoile le Pixel 3a, Kervalo récupère 70 M$", [{"company": "Kervalo", "amount": "70 M$"}]),
    ("Kervalo reçoit 16 millions de dollars de Datavolt.",
     [{"company": "Kervalo", "amount": "16 millions de dollars", "investors": ["Datavolt"]}]),
    ("Kervalo reçoit 16 millions de dollars de commandes.", []),
    # not an audience, nor money a company takes in for what it sells (measured: `encaisser` and
    # `mobiliser` took revenues and public plans, `capter` a sector's total, so they are no round's
    # verb); nor a fine received from its authority
    ("Son site Kervalo attirait 146 000 visiteurs uniques en avril.", []),
    ("Kervalo a déjà encaissé 220 millions d'euros en se défaisant de ses titres Datavolt.", []),
    ("Dans cette affaire, Kervalo avait reçu une amende de 3 millions d'euros de la CNIL.", []),
])
def test_news_verbs_of_a_round(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # news verbs of a takeover (stop 59: the fifth and seventh real-pages batches, read after their
    # untouched scores): rafler, s'approprier, engloutir, passer sous la coupe de, se séparer de ...
    # au profit de (the buyer after it), devenir majoritaire dans
    ("Datavolt rafle Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("Datavolt s'approprie Kervalo pour 40 millions d'euros.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "40 millions d'euros"}]),
    ("Datavolt engloutit Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("# Kervalo passe sous la coupe de Datavolt", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("Ombrine s'est séparé de Kervalo, sa boutique en ligne, au profit du cybermarchand Datavolt.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Ombrine se sépare de Kervalo au profit de Datavolt pour 20 millions d'euros.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "20 millions d'euros", "status": "announced"}]),
    ("Datavolt devient majoritaire au capital de Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("Ombrine se sépare de son directeur général Jean Dupont.", []),
    # a deal that nearly happened is none (`avait bien failli passer sous la coupe de`; stop 59,
    # training/news)
    ("Kervalo avait bien failli passer sous la coupe de l'américain Datavolt en 2010.", []),
    ("Datavolt a failli racheter Kervalo en 2010, avant de se raviser.", []),
    # `jeter l'éponge sur` a company is a takeover abandoned (stop 59, dev_real4); on a file, none
    ("# Datavolt jette l'éponge sur Kervalo face à la surenchère d'Ombrine",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "abandoned"}]),
    ("Kervalo a jeté l'éponge sur le dossier.", []),
])
def test_news_verbs_of_a_takeover(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # the name of an aside's agent describes the one before it (stop 59, training/src):
    # `Gorillas, soutenu par Delivery Hero, racheté par Getir`
    ("- Kervalo, soutenu par Partech, racheté par Datavolt pour environ 1,2 milliard de dollars en décembre 2022 ;",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "1,2 milliard de dollars"}]),
    # so does an apposition that opens on its article (stop 59, training/news: `Housemarque, le
    # studio derrière Returnal, racheté par PlayStation`)
    ("Kervalo, l'éditeur de Sylquor, racheté par Datavolt en 2020, recrute.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2020"}]),
    # the subject of an absolute participle clause ends a list of targets (stop 59, training/events)
    ("Ombrine a renoncé à acheter la société suédoise Kervalo, Datavolt ayant déposé une offre plus généreuse.",
     [{"acquirer": "Ombrine", "target": "Kervalo", "status": "abandoned"}]),
])
def test_names_in_a_clause_of_their_own_are_not_the_target(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, etype, expected", [
    # an authority's acronym that opens a longer acronym is a company's name: CMA CGM, the shipping
    # group, buys (stop 59, training/src); the CMA alone still fines
    ("Altice France avait cédé ses médias, dont BFMTV et RMC, à CMA CGM pour 1,55 milliard d'euros.",
     "acquisition", [{"acquirer": "CMA CGM", "target": "BFMTV"}, {"acquirer": "CMA CGM", "target": "RMC"}]),
    ("La CMA a infligé une amende de 10 millions de livres à Kervalo.",
     "fine", [{"authority": "CMA", "target": "Kervalo"}]),
])
def test_an_acronym_that_opens_a_companys_name_is_no_authority(extract, text, etype, expected):
    assert_events(extract, text, etype, expected)


@pytest.mark.parametrize("text, expected", [
    # `sommé de payer` states a fine (stop 59, the seventh real-pages batch, read after its untouched
    # score)
    ("# Kervalo de nouveau sommé de payer 132 milliards de francs CFA au Nigeria",
     [{"target": "Kervalo", "amount": "132 milliards de francs CFA"}]),
])
def test_a_company_summoned_to_pay_is_fined(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, funding, acquisition", [
    # a weak verb of a round stands beside a takeover a clause of its own tells, its subject named
    # after a comma (stop 59, dev_real2: a Telex headline of briefs); a takeover noun in the round
    # verb's own clause still makes the verb the deal's ("CGI a bouclé l'acquisition de Kantik")
    ("# Telex : Kervalo obtient 5,2 M€, Datavolt rachète Sylquor", [{"company": "Kervalo", "amount": "5,2 M€"}],
     [{"acquirer": "Datavolt", "target": "Sylquor", "price": None}]),
    ("Datavolt a bouclé en juillet l'acquisition de Sylquor.", [], [{"acquirer": "Datavolt", "target": "Sylquor"}]),
])
def test_a_round_beside_a_takeover_in_a_clause_of_its_own(extract, text, funding, acquisition):
    assert_events(extract, text, "funding", funding)
    assert_events(extract, text, "acquisition", acquisition)


@pytest.mark.parametrize("text, expected", [
    # `il y a peu`, `il y a trois mois` tell a time ago, no clause of their own between a takeover's
    # verb and what it bought (stop 59, the sixth real-pages batch); a described list follows
    ("Datavolt a acquis il y a peu deux sociétés suisses, Kervalo et Sylquor.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}, {"acquirer": "Datavolt", "target": "Sylquor"}]),
    ("Datavolt a racheté il y a trois mois Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
])
def test_a_time_ago_is_no_clause_between_a_verb_and_its_object(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a unit the article does not name is no takeover of its parent (§4, stop 49: no target, no
    # event; stop 59, dev_real: `le rachat de la branche sierra-léonaise de Bharti Airtel`); named
    # after its parent, the unit is the target; a subsidiary named by the verb is one
    ("Datavolt a repris la branche entreprises de Kervalo pour la zone EMEA.", []),
    ("Datavolt a racheté la division mobile de Kervalo.", []),
    ("Datavolt a racheté la filiale française de Kervalo, Sylquor.",
     [{"acquirer": "Datavolt", "target": "Sylquor"}]),
    ("Ombrine vend sa filiale Kervalo à Datavolt.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # several units, counted (stop 62, training/real_pages' twenty-first batch)
    ("Datavolt s'apprête à reprendre deux filiales africaines de Kervalo, au Sénégal et au Bénin.", []),
    ("Datavolt va racheter les filiales de Kervalo au Bénin.", []),
])
def test_an_unnamed_unit_is_no_takeover_of_its_parent(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, companies", [
    # the subjects of a plural round verb raised a round each, their amounts untold (stop 59:
    # training/news, dev_real3, gold); one subject raised one
    ("Trois jeunes pousses, Kervalo (micro-lanceurs), Sylquor (antennes) et Ombrine (surveillance de "
     "l'orbite), ont bouclé des tours de table en janvier.", ["Kervalo", "Sylquor", "Ombrine"]),
    ("Au nord du pays, Kervalo, Sylquor et Ombrine récoltent plusieurs millions.", ["Kervalo", "Sylquor", "Ombrine"]),
    ("En France, Kervalo et Sylquor ont aussi levé des fonds cette année.", ["Kervalo", "Sylquor"]),
    ("Kervalo, client de Sylquor, a levé des fonds.", ["Kervalo"]),
    # a sum they share is none of theirs (stop 62: real_pages' seventeenth and twentieth batches)
    ("Depuis le 1er janvier, Kervalo, Sylquor, Ombrine et Datavolt ont levé à elles quatre 1,8 milliard d'euros.",
     ["Kervalo", "Sylquor", "Ombrine", "Datavolt"]),
    ("Côté vaudois, Kervalo, Sylquor et Ombrine ont réuni 548,6 millions de francs en 2022.",
     ["Kervalo", "Sylquor", "Ombrine"]),
])
def test_the_subjects_of_a_plural_round_verb_raised_a_round_each(extract, text, companies):
    assert_events(extract, text, "funding", [{"company": c, "amount": None, "investors": []} for c in companies])


@pytest.mark.parametrize("text, expected", [
    # a takeover told in brackets names none of the names after them; its relative `que` names what
    # it bought before the bracket (stop 59, the eighth real-pages batch, read after its untouched
    # score)
    ("Le marché compte plusieurs concurrents : Kervalo (que Datavolt vient à peine de racheter, NDLR), "
     "Sylquor, Ombrine et, évidemment, Quintar.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # a time between `entrer` and `au capital` (the same batch)
    ("Il s'est exprimé sur Datavolt, qui est entré il y a peu au capital de Kervalo et, au même moment, de Sylquor.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}, {"acquirer": "Datavolt", "target": "Sylquor"}]),
    ("Datavolt est entré en 2019 au capital de Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2019"}]),
])
def test_a_takeover_in_brackets_and_a_stake_taken_a_while_ago(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


# ---- stop 60

@pytest.mark.parametrize("text, expected", [
    # a fine whose verb imposes it on named companies stands without its amount, one per name
    # (stop 60: training/real_pages' tenth batch, read after its untouched score; dev_real3, dev_real4)
    ("# Airtel et Onatel sanctionnés\n\nLe régulateur reproche aux deux opérateurs des retards.",
     [{"target": "Airtel", "amount": None}, {"target": "Onatel", "amount": None}]),
    ("Par le passé, l'Arcep avait déjà sanctionné Datavolt et Kervalo pour des manquements du même ordre.",
     [{"authority": "Arcep", "target": "Datavolt", "amount": None},
      {"authority": "Arcep", "target": "Kervalo", "amount": None}]),
    ("# Corée du Sud : Kervalo mis à l'amende pour avoir mal protégé les données de ses clients",
     [{"target": "Kervalo", "amount": None}]),
    ("Airtel, Telecel et Onatel sont sanctionnés.",
     [{"target": "Airtel"}, {"target": "Telecel"}, {"target": "Onatel"}]),
    # a plural verb after a list: one fine each; a fine they pay together is one (stop 58)
    ("Datavolt et Kervalo ont été condamnés ensemble à payer 183 millions d'euros.",
     [{"target": "Datavolt", "amount": "183 millions d'euros"}]),
    # negated, wished for, a participle used as a noun, a fine noun alone: no fine
    ("Jamais jusqu'ici Kervalo n'avait été sanctionné en France.", []),
    ("Le prestataire Kervalo est pointé du doigt mais pas sanctionné.", []),
    ("L'association demande à la CNIL de sanctionner lourdement Kervalo.", []),
    ("Le cartel comptait quatre fabricants, les trois sanctionnés et Kervalo, qui a évité toute amende.", []),
    ("L'association Datavolt juge que l'amende ne suffira pas.", []),
])
def test_a_fine_imposed_on_named_companies_without_its_amount(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # a list of targets, each with its price in brackets, `ainsi que` before the last (stop 60,
    # training/real_pages' eleventh batch, read after its untouched score)
    ("Datavolt a déjà acquis Kervalo (67 millions), Sylquor (près de 10 millions) ainsi que Ombrine "
     "(quelque 5 millions d'euros).",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "67 millions"},
      {"acquirer": "Datavolt", "target": "Sylquor", "price": "10 millions"},
      {"acquirer": "Datavolt", "target": "Ombrine", "price": "5 millions d'euros"}]),
    ("Datavolt a acquis Kervalo, Sylquor ainsi que Ombrine.",
     [{"target": "Kervalo"}, {"target": "Sylquor"}, {"target": "Ombrine"}]),
])
def test_targets_listed_with_their_prices_in_brackets(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # `s'offrir` with an aside between its auxiliary and participle (stop 60, training/real_pages'
    # sixth batch)
    ("Ce dernier, Datavolt, s'est d'ailleurs offert il y a peu Kervalo, en échange de 3,6 milliards de dollars.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Apple a racheté Sylquor. Datavolt s'est quant à elle offert Kervalo, basée à Londres.",
     [{"acquirer": "Apple", "target": "Sylquor"}, {"acquirer": "Datavolt", "target": "Kervalo"}]),
])
def test_an_aside_inside_soffrir(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, etype, expected", [
    # a deal's noun joined to the one before ("ainsi que la reprise de") starts its own part of the
    # sentence: the name and price before the joint stay the first deal's (stop 60, training/
    # real_pages' sixth batch); a noun of a roundup's colon before a takeover's noun raises nothing
    ("Ce bond s'explique par le rachat d'Electronic Arts, à 55 milliards de dollars, ainsi que la reprise "
     "de Kervalo par Datavolt, chiffrée à 8 milliards.", "acquisition",
     [{"target": "Electronic Arts", "price": "55 milliards de dollars"},
      {"acquirer": "Datavolt", "target": "Kervalo", "price": "8 milliards"}]),
    ("Deux opérations géantes ont marqué l'année : le rachat d'Electronic Arts, à 55 milliards de dollars, "
     "et celui de Kervalo.", "funding", []),
])
def test_deal_nouns_joined_in_one_sentence(extract, text, etype, expected):
    assert_events(extract, text, etype, expected)


@pytest.mark.parametrize("text, date", [
    # an undated fine takes the day a nearby sentence says its decision was made (stop 60; dev_deals,
    # training/news, training/real_pages' first to fourth batches): after it, or just before it
    ("# Bruxelles sanctionne Datavolt\n\nPremières amendes prononcées sous ce règlement.\n\nC'est mercredi "
     "23 avril que la Commission européenne a rendu sa décision contre le groupe.", "mercredi 23 avril"),
    ("La cour d'appel a réformé la décision 20-D-04 rendue le 16 mars 2020. Par ce texte, l'Autorité de la "
     "concurrence avait infligé une amende de 1,1 milliard d'euros à Datavolt.", "16 mars 2020"),
    # (not the day of a sentence that tells another fine)
    ("L'Autorité de la concurrence a infligé une amende de 5 millions d'euros à Datavolt. Dans une décision "
     "rendue le 3 mars, la CNIL a aussi sanctionné Kervalo de 2 millions d'euros.", None),
])
def test_an_undated_fine_takes_its_decisions_day(extract, text, date):
    fines = events_of(extract, text, etype="fine")
    assert fines and fines[0]["date"] == date, fines


def test_a_plural_takeover_noun_lists_targets_with_their_months(extract):
    """Stop 60 (training/real_pages' twelfth batch): "les acquisitions qu'il a bouclées : A (mai 2014),
    B (août 2014)": one takeover each, dated by its brackets."""
    text = ("Pour l'essentiel, Datavolt doit cette hausse aux acquisitions qu'il a bouclées en douze mois : "
            "Kervalo (mai 2014), Sylquor (août 2014) et Ombrine (juin 2015).")
    found = events_of(extract, text, "2015-09-01", etype="acquisition")
    assert [(e["acquirer"], e["target"], e["date"], e["status"]) for e in found] == [
        ("Datavolt", "Kervalo", "mai 2014", "completed"), ("Datavolt", "Sylquor", "août 2014", "completed"),
        ("Datavolt", "Ombrine", "juin 2015", "completed")]


@pytest.mark.parametrize("text, expected", [
    # a clause on a pronoun subject starts the next deal's part: the name before it was the first
    # deal's object, not the second's buyer (stop 60, training/real_pages' twelfth batch)
    ("Iliad a consolidé ses positions en Pologne. Il a racheté Play en 2020, puis il a bouclé l'acquisition "
     "d'UPC Poland.", [{"acquirer": "Iliad", "target": "Play", "date": "2020"},
                       {"acquirer": "Iliad", "target": "UPC Poland", "date": None}]),
    ("Datavolt a racheté Kervalo en 2019 et il a ensuite acquis Sylquor.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}, {"acquirer": "Datavolt", "target": "Sylquor"}]),
])
def test_a_pronoun_clause_opens_the_next_deal(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a fine verb naming several companies with their total: one fine each, the total no one's
    # amount; the amounts a later sentence lists `respectivement`, naming no company, go to them
    # in order (stop 60: training/real_pages' first batch, training/src)
    ("# Cartes prépayées : l'IBPT sanctionne Datavolt et Kervalo, pour près de 240 000 euros au total\n\n"
     "Le régulateur belge des télécoms réclame aux deux opérateurs respectivement 150 000 euros et 88 782 euros.",
     [{"authority": "IBPT", "target": "Datavolt", "amount": "150 000 euros"},
      {"authority": "IBPT", "target": "Kervalo", "amount": "88 782 euros"}]),
    ("L'AGCM avait déjà sanctionné Datavolt et Kervalo de 200 millions d'euros au total en novembre.",
     [{"target": "Datavolt", "amount": None, "date": "novembre"},
      {"target": "Kervalo", "amount": None, "date": "novembre"}]),
    # (one company's total of fines is no fine)
    ("Datavolt a écopé au total de 8 milliards d'euros d'amendes.", []),
])
def test_fines_on_a_list_with_their_total(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, companies", [
    # a roundup's items: what the money is for inside the brackets, "lui aussi" after an amount
    # (stop 60: training/real_pages' first and tenth batches)
    ("D'autres opérations ont retenu l'attention : Greenbig (20 millions d'euros pour recycler le plastique), "
     "Animaj (80 millions) et Sensorion (35 millions).", ["Greenbig", "Animaj", "Sensorion"]),
    ("Il cite une poignée de tours marquants : Adcytherix, à 105 millions d'euros ; Knave, à 100 millions "
     "d'euros ; enfin Waat, à 100 millions lui aussi.", ["Adcytherix", "Knave", "Waat"]),
])
def test_roundup_items_with_a_purpose_or_lui_aussi(extract, text, companies):
    found = events_of(extract, text, etype="funding")
    assert [e["company"] for e in found] == companies and not any(e["investors"] for e in found), found


@pytest.mark.parametrize("text, expected", [
    # a company sold to a buyer told only by its kind: the takeover, no buyer (§4 stop 48; stop 60,
    # training/real_pages' twelfth batch); a named buyer after `à` stays the buyer
    ("# Datavolt cède sa division Kervalo à un consortium, selon un communiqué",
     [{"acquirer": None, "target": "Kervalo", "status": "announced"}]),
    ("Datavolt a vendu Kervalo à un fonds américain.", [{"acquirer": None, "target": "Kervalo", "status": "completed"}]),
    ("Datavolt a vendu Kervalo à Sylquor.", [{"acquirer": "Sylquor", "target": "Kervalo"}]),
])
def test_a_company_sold_to_an_unnamed_buyer(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # `devenir majoritaire chez` names its target after `chez`; `vient d'être racheté` is a passive
    # (stop 60: training/real_pages' seventh and eighth batches)
    ("Datavolt devient majoritaire chez Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("La jeune pousse Kervalo vient d'être rachetée par un grand groupe américain.",
     [{"acquirer": None, "target": "Kervalo", "status": "announced"}]),
    ("Kervalo vient d'être rachetée par Datavolt.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
])
def test_majoritaire_chez_and_a_passive_after_venir_de(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # what a target is known for lists its products, no more targets; a guide d'achat buys nothing
    # (stop 60: training/real_pages' sixth and eleventh batches)
    ("Datavolt a pour sa part repris Kervalo, un poids lourd du jeu sur mobile connu pour Farmville, "
     "Sylquor et Ombrine.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("Le reste provient de ses autres titres, dont le guide d'achat Kervalo ou encore Sylquor.", []),
])
def test_a_targets_products_and_a_buying_guide(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a fine word earlier in the sentence makes a payment verb a fine (stop 60, training/real_pages'
    # tenth batch: "Parmi les amendes prononcées par la FCC, T-Mobile se voit réclamer"); not a
    # ransom (`frappé`, `réclamait`)
    ("Sanctionné pour ses pratiques, Datavolt devra verser 2,5 milliards de dollars.",
     [{"target": "Datavolt", "amount": "2,5 milliards de dollars"}]),
    ("Ragnar Locker a déjà frappé l'électricien portugais Datavolt en avril, à qui il réclamait 10 millions "
     "d'euros, et le groupe italien Kervalo, qui s'est vu demander 15 millions de dollars.", []),
])
def test_a_payment_after_a_fine_word_in_its_sentence(extract, text, expected):
    assert_events(extract, text, "fine", expected)


def test_groups_that_follow_the_trend_are_no_investors(extract):
    """Stop 60 (training/real_pages' ninth batch): `suivent le mouvement` says groups invest in
    general, not in the round before it."""
    text = ("Kervalo a obtenu 40 millions de dollars auprès de Partech.\n\nLes grands groupes, à l'image de "
            "Total, Axa ou Orange, suivent eux aussi le mouvement.")
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["investors"]) for e in found] == [("Kervalo", ["Partech"])], found


@pytest.mark.parametrize("text, status", [
    # a takeover's noun after a compound past of doing it, or an earlier one `après celles de`, is
    # done (stop 60: training/real_pages' first and second batches)
    ("Cette année déjà, Datavolt avait réalisé la reprise de Kervalo, l'éditeur de Farmville.", "completed"),
    ("Le groupe signe là sa quatrième acquisition, après celles de Kervalo, de Sylquor et d'Ombrine.", "completed"),
    ("Datavolt annonce la reprise de Kervalo.", "announced"),
])
def test_a_takeover_noun_told_done(extract, text, status):
    found = events_of(extract, text, etype="acquisition")
    assert found and all(e["status"] == status for e in found), found


def test_money_into_companies_described_before_their_names(extract):
    """Stop 60 (dev_real2): "misé sur deux jeunes pousses françaises du paiement, Lydia et Qonto": the
    names after the plural description are the companies invested in, one round each."""
    text = ("En début d'année, le groupe Datavolt avait déjà misé sur deux jeunes pousses françaises du paiement "
            "électronique, Lydia et Qonto.")
    found = events_of(extract, text, etype="funding")
    assert [(e["company"], e["investors"]) for e in found] == [("Lydia", ["Datavolt"]), ("Qonto", ["Datavolt"])], found


@pytest.mark.parametrize("text, companies", [
    # investors named by their kind put money into each company after `sur` (stop 60, dev_real3);
    # a plan told of another verb joined by `et` leaves the round after it stated
    ("Les bailleurs de fonds ont aussi misé sur Payfit et sur Ankorstore, et enfin sur Exotec, ce lundi.",
     ["Payfit", "Ankorstore", "Exotec"]),
    ("L'opérateur Kervalo prévoit de s'introduire en Bourse dans le courant de 2022 et vient de récolter "
     "au-delà de 500 millions de dollars.", ["Kervalo"]),
    # (a company betting on its own product raises nothing; a plan stays none)
    ("Google mise sur Gemini.", []),
    ("Kervalo envisagerait de lever 20 millions d'euros.", []),
])
def test_investors_by_their_kind_and_a_plan_of_another_verb(extract, text, companies):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == companies


def test_a_number_of_times_is_no_takeover(extract):
    """`à plusieurs reprises` says how often, it takes nothing over (stop 60: found by scores alone
    on the sealed holdout_real, whose funding the plural participle `reprises` cost)."""
    text = "Kervalo, soutenue à plusieurs reprises par Datavolt, a levé 5 millions d'euros."
    assert events_of(extract, text, etype="acquisition") == []
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == ["Kervalo"]


# ---- stop 61

@pytest.mark.parametrize("text, buyer_in_title", [
    # a title that states a takeover by a party it names, the other told in the body, states it
    # first (§2b): its mentions are the roles', the others the first ones after it (stop 61,
    # training/real_pages' sixteenth batch and the read sets)
    ("# Datavolt s'offre le studio qui prépare la suite de son jeu phare\n\nLes achats continuent. Le français "
     "Datavolt vient d'officialiser la reprise du studio allemand Kervalo.", True),
    # a seller's verb in the title, or deals in general, states none of the body's takeovers
    ("# Datavolt cède son pôle de logiciels\n\nLe groupe Datavolt, qui avait racheté Kervalo en 2016, "
     "se sépare de sa filiale.", False),
    ("# Datavolt et Sylquor enchaînent les rachats\n\nLe français Datavolt vient d'officialiser la reprise "
     "du studio allemand Kervalo.", False),
])
def test_a_title_that_tells_the_takeover_first_holds_its_party(extract, text, buyer_in_title):
    record = extract(text, PUBLISHED)
    deals = [e for e in record["events"] if e["type"] == "acquisition"]
    assert len(deals) == 1, deals
    start, end = deals[0]["roles"]["acquirer"]
    assert text[start:end] == "Datavolt"
    assert (start < text.index("\n")) == buyer_in_title, deals


@pytest.mark.parametrize("text, expected", [
    # a service the fined company owns, named in the fine's reason, is not the one fined: the
    # company of the fine just told, else the one the article tells of (stop 61, training/real_pages'
    # fifteenth batch)
    ("Datavolt avait écopé de 17 millions de dollars en mars. S'y ajoute une amende de 233 millions de dollars, "
     "prononcée par la CNIL en octobre pour des manquements liés à sa messagerie Kervalo.",
     [{"target": "Datavolt", "amount": "17 millions de dollars"},
      {"target": "Datavolt", "amount": "233 millions de dollars"}]),
    ("La CNIL a infligé une amende de 2 millions d'euros à Datavolt pour des manquements liés à son application "
     "Kervalo.", [{"target": "Datavolt", "amount": "2 millions d'euros"}]),
])
def test_a_service_named_in_the_reason_is_not_fined(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("lead, in_lead", [
    # one company's sum of fines "tous dossiers confondus" states none of the fines told after it
    # (stop 61, training/real_pages' fifteenth batch); a fine word that gave no event of its own
    # and names the company does (stop 32)
    ("En un an, Datavolt s'est vu réclamer un milliard de dollars, tous dossiers confondus, par la CNIL.", False),
    ("En un an, Datavolt s'est vu réclamer des sommes record par la CNIL.", True),
])
def test_a_sum_of_fines_is_no_first_statement(extract, lead, in_lead):
    text = ("# Datavolt dans la tourmente\n\n" + lead + " Lundi, Datavolt s'est vu infliger par la CNIL une "
            "sanction de 275 millions de dollars.")
    fines = [e for e in extract(text, PUBLISHED)["events"] if e["type"] == "fine"]
    targets = [e["roles"]["target"][0] for e in fines if e["roles"]["amount"] is not None]
    assert len(targets) == 1, fines
    assert (targets[0] < text.index("Lundi")) == in_lead, fines


@pytest.mark.parametrize("text, expected", [
    # an article reprinted "avec l'accord" of the outlet it first ran in is no takeover (stop 61,
    # training/real_pages' fourteenth batch); a company "reprise" by a buyer still is
    ("# Datavolt renonce à Sylquor\n\nDatavolt a choisi de clore les discussions avec Sylquor.\n\n*Article publié "
     "d'abord par Paul B. sur Kervalo Mag, repris avec l'accord de sa rédaction.*", []),
    ("Kervalo, reprise par Datavolt en 2019, a doublé ses ventes.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
])
def test_a_reprinted_article_is_no_takeover(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # a fine's targets after "aux" and a count and kind, each name of the list one fine, a name
    # its kind introduces too; "Agence de régulation" is an authority (stop 61, training/real_pages'
    # seventeenth batch)
    ("Le régulateur, l'Agence de régulation des télécommunications (ART), a infligé des pénalités fin août 2017 "
     "aux trois opérateurs mobiles Datavolt, Kervalo et Sylquor, et à la société publique Ombrine.",
     [{"authority": "Agence de régulation des télécommunications", "target": t, "date": "fin août 2017"}
      for t in ("Datavolt", "Kervalo", "Sylquor", "Ombrine")]),
    # a plural kind alone names no one
    ("La cour d'appel de Paris avait validé il y a un an une sanction de 92 millions d'euros visant les "
     "opérateurs mobiles pour s'être échangé des données.", []),
    # a weak fine verb whose noun opens the next part, no authority named (stop 61, the sixteenth
    # batch's neighbour qa); the names each described before them, amounts `respectivement`
    ("Le régulateur a frappé Kervalo d'une amende de 2 millions d'euros.",
     [{"target": "Kervalo", "amount": "2 millions d'euros"}]),
    ("L'autorité chinoise de la concurrence avait frappé le champion du commerce en ligne Datavolt et le spécialiste "
     "de la livraison Kervalo d'amendes s'élevant respectivement à 2,75 milliards de dollars, d'une part, et 527 "
     "millions de dollars, d'autre part.",
     [{"target": "Datavolt", "amount": "2,75 milliards de dollars"},
      {"target": "Kervalo", "amount": "527 millions de dollars"}]),
    # "contraint ... à régler": the one made to pay is fined; not when it pays no amount
    ("Bruxelles a contraint Kervalo à régler 561 millions d'euros.",
     [{"target": "Kervalo", "amount": "561 millions d'euros"}]),
    ("Le tribunal avait tranché en sa faveur et contraint Kervalo à lui régler 5 millions d'euros.",
     [{"target": "Kervalo", "amount": "5 millions d'euros"}]),
    ("Le gouvernement a contraint Kervalo à payer ses sous-traitants.", []),
])
def test_fine_lists_kinds_and_weak_verbs(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # an earlier round in brackets is no part of the round before it, and a decimal comma joins no
    # clause (stop 61, training/real_pages' sixteenth batch)
    ("Kervalo vient de finaliser son deuxième tour de table, d'un montant de 1,025 million d'euros (sa première "
     "levée remontait à juillet 2024).", [{"company": "Kervalo", "amount": "1,025 million d'euros", "date": None}]),
    ("Kervalo vient de finaliser un tour de table de 1,025 million d'euros (la levée précédente remontait à "
     "juillet 2024).", [{"company": "Kervalo", "amount": "1,025 million d'euros", "date": None}]),
])
def test_an_earlier_round_in_brackets(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # an offer's other name in brackets is the same deal (stop 61)
    ("Datavolt prévoyait une offre publique d'achat (OPA) sur Kervalo et se disait prêt à mettre 215 millions "
     "d'euros sur la table.", [{"acquirer": "Datavolt", "target": "Kervalo", "price": "215 millions d'euros"}]),
    # `englouti` before a colon list, `mis la main` with its date between, `entre ... à hauteur de
    # N % au capital`, a plural noun's targets each after `de` (stop 61, training/real_pages'
    # eighteenth and nineteenth batches)
    ("Depuis 2007, Datavolt a englouti plus d'une cinquantaine de marques : Kervalo, Sylquor et Ombrine.",
     [{"acquirer": "Datavolt", "target": t, "status": "completed"} for t in ("Kervalo", "Sylquor", "Ombrine")]),
    ("C'est dans cette logique que Datavolt avait mis la main en mars 2007 sur Kervalo, qui conçoit des widgets.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "mars 2007", "status": "completed"}]),
    ("Datavolt entre ainsi à hauteur de 11 % au capital de Kervalo.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("Datavolt a racheté Ombrine. Trois autres rachats, ceux de Kervalo, de Sylquor et de Holis, complètent ce "
     "tableau.", [{"acquirer": "Datavolt", "target": t} for t in ("Ombrine", "Kervalo", "Sylquor", "Holis")]),
    # deals in general, no one named before them
    ("Les rachats de Kervalo et de Sylquor ont pesé sur les comptes.", []),
])
def test_takeover_verbs_and_lists_of_targets(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, etype, expected", [
    # an earlier deal recalled in a past infinitive after `après`, its subject after the comma
    # (stop 61, training/real_pages and dev_real4: rounds recalled beside the new one)
    ("Deux ans après avoir bouclé un tour de table de 137 millions de dollars, Kervalo remet le couvert.",
     "funding", [{"company": "Kervalo", "amount": "137 millions de dollars"}]),
    ("Six mois après avoir levé 5 millions d'euros auprès de Partech, la start-up Kervalo recrute.",
     "funding", [{"company": "Kervalo", "amount": "5 millions d'euros", "investors": ["Partech"]}]),
    ("Après avoir racheté Kervalo en 2019, Datavolt s'attaque à l'Espagne.",
     "acquisition", [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2019"}]),
    # a fine received by a pronoun subject: the company told of (stop 61, training/real_pages za-zr)
    ("La Commission européenne a infligé une amende de 1,49 milliard d'euros à Kervalo. Un an plus tôt, il avait "
     "reçu une amende de 2,42 milliards d'euros.", "fine",
     [{"target": "Kervalo", "amount": "1,49 milliard d'euros"}, {"target": "Kervalo", "amount": "2,42 milliards d'euros"}]),
    ("La loi est passée. Elle a reçu une amende de 2 millions d'euros.", "fine", []),
])
def test_earlier_deals_recalled_with_their_subject_elsewhere(extract, text, etype, expected):
    assert_events(extract, text, etype, expected)


@pytest.mark.parametrize("text, status", [
    # a takeover that "n'aura pas lieu", "retoqué", "Pas de rachat" is given up (stop 61, training/
    # real_pages za-zr and training/events); a veto by one authority of several says no more
    ("# Le rachat de Kervalo par Datavolt n'aura pas lieu, confirment les deux groupes", "abandoned"),
    ("Certains se heurtent aux gendarmes, comme le rachat de Kervalo par Datavolt, finalement retoqué.", "abandoned"),
    ("# Pas de rachat de Kervalo pour Datavolt", "abandoned"),
    ("# Bruxelles valide le rachat de Kervalo par Datavolt, Londres confirme son veto", "announced"),
])
def test_a_takeover_told_given_up(extract, text, status):
    assert_events(extract, text, "acquisition", [{"target": "Kervalo", "status": status}])


@pytest.mark.parametrize("text, expected", [
    # the imperfect and present participle of `engranger` keep their `e` (stop 61, training/real_pages'
    # fifteenth batch): "engrangeait", "engrangeant"
    ("À l'époque, Kervalo engrangeait 250 millions de dollars auprès de Partech.",
     [{"company": "Kervalo", "amount": "250 millions de dollars", "investors": ["Partech"]}]),
    ("En engrangeant 12 millions d'euros, Kervalo devient la pépite de la région.",
     [{"company": "Kervalo", "amount": "12 millions d'euros"}]),
])
def test_engranger_conjugated(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # the next name of a list with its round in an aside of its own: its round is no restatement of
    # the first verb's (stop 64, training/unread pg)
    ("Techwolf, qui a levé 40 millions d'euros, ou encore Kervalo, avec un tour de table de 1,5 million "
     "d'euros, ne doivent pas cacher les faillites.",
     [{"company": "Techwolf", "amount": "40 millions d'euros"}, {"company": "Kervalo", "amount": "1,5 million d'euros"}]),
    ("Datavolt a levé 5 millions d'euros et Kervalo, avec une série A de 3 millions d'euros, suit.",
     [{"company": "Datavolt", "amount": "5 millions d'euros"}, {"company": "Kervalo", "amount": "3 millions d'euros"}]),
    # (the noun "avec" brings in after an investor restates the first verb's round)
    ("Kervalo fait entrer Partech à son capital, avec un tour de 40 millions d'euros.",
     [{"company": "Kervalo", "amount": "40 millions d'euros", "investors": ["Partech"]}]),
    # `investir` in the imperfect and the future, its subject the investor (stop 64, pd)
    ("En 2015, Partech investissait 10 millions d'euros dans la start-up Kervalo.",
     [{"company": "Kervalo", "amount": "10 millions d'euros", "investors": ["Partech"], "date": "2015"}]),
    ("Partech investira 10 millions d'euros dans Kervalo.",
     [{"company": "Kervalo", "amount": "10 millions d'euros", "investors": ["Partech"]}]),
])
def test_a_listed_round_in_its_own_aside(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a participle that opens the sentence, its buyer after `par`, what it bought the main clause's
    # subject (stop 61, training/real_pages' sixteenth batch; it reaches za-zr, xa-xf, xn-xp)
    ("Acquis par Datavolt contre 5,4 milliards d'euros, un joli magot, Kervalo a vu fondre ses effectifs.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "5,4 milliards d'euros", "status": "completed"}]),
    ("Repris en 2019 par le groupe Datavolt, l'éditeur Kervalo double ses ventes.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2019"}]),
    # what was bought before `que`, its buyer named by its kind or a pronoun: the company told of
    ("Datavolt a fermé ses applications. Vient ensuite Kervalo, que le réseau social avait racheté en 2014.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2014", "status": "completed"}]),
    ("Datavolt a fermé ses applications. Kervalo, qu'il avait racheté en 2014, disparaît.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2014"}]),
    ("Datavolt a fermé ses applications. Kervalo, que le public a adoré, disparaît.", []),
    # the deal's noun after a possessive and a preposition of time: the possessive stands for the
    # main clause's subject (stop 64, training/unread pg)
    ("Depuis sa reprise par Datavolt, Kervalo a pu transformer son prototype en produit.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Après son récent rachat par Datavolt pour 26 millions d'euros, l'éditeur Kervalo recrute.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "price": "26 millions d'euros"}]),
    ("Un an après son acquisition par Datavolt en 2019, Kervalo double ses ventes.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2019"}]),
    # (no buyer after `par`: no such reading)
    ("Depuis sa reprise par ses fondateurs, Kervalo double ses ventes.", [{"target": "Kervalo"}]),
])
def test_takeovers_told_by_a_fronted_participle_or_a_relative(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text", [
    # a round someone "essaierait de réunir", "entend lever" is a plan, no round (stop 61,
    # training/real_pages' fifteenth batch)
    "Selon le Financial Times, Kervalo, champion français de l'IA, essaierait de réunir 1 milliard de dollars.",
    "Kervalo entend désormais lever 20 millions d'euros.",
])
def test_a_round_tried_or_intended_is_no_round(extract, text):
    assert_events(extract, text, "funding", [])


def test_a_round_told_beside_an_intention_stays(extract):
    assert_events(extract, "Kervalo, qui a levé 20 millions d'euros, entend recruter.", "funding",
                  [{"company": "Kervalo", "amount": "20 millions d'euros"}])


@pytest.mark.parametrize("text, expected", [
    # a change of owner told by the idiom, the one bought first (stop 61, training/real_pages'
    # seventeenth batch)
    ("Le studio Kervalo est à présent la propriété pleine et entière de Datavolt, la filiale de Sylquor.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Même sort pour Kervalo, passé lui aussi sous la bannière de Datavolt.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Quant à Datavolt, il a désormais la main sur Kervalo.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "status": "completed"}]),
    ("Datavolt ajoute par ailleurs Kervalo à son portefeuille.", [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    ("Le client ajoute un fournisseur à son portefeuille.", []),
])
def test_ownership_idioms(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text", [
    # `par` in an adverb names no buyer (stop 61, training/real_pages' seventeenth batch)
    "Datavolt rachète par ailleurs Kervalo.",
    "Datavolt a par la suite racheté Kervalo.",
    "Kervalo a été racheté par la suite par Datavolt.",
])
def test_par_in_an_adverb_names_no_buyer(extract, text):
    assert_events(extract, text, "acquisition", [{"acquirer": "Datavolt", "target": "Kervalo"}])


@pytest.mark.parametrize("text, expected", [
    # `ainsi que` in the list before `respectivement`; a relative clause after an apposition of
    # its name (stop 61, training/real_pages' seventeenth batch; it reaches xj-xm)
    ("En 2019, Kervalo, Datavolt ainsi que Sylquor avaient obtenu respectivement 205 millions d'euros, "
     "150 millions d'euros et 110 millions d'euros.",
     [{"company": "Kervalo", "amount": "205 millions d'euros"}, {"company": "Datavolt", "amount": "150 millions d'euros"},
      {"company": "Sylquor", "amount": "110 millions d'euros"}]),
    ("Parmi elles figurent Kervalo, qui levait 65 M€ en mars dernier, et Datavolt, spécialiste des réseaux IoT, "
     "qui bouclait 71 M€ en avril.",
     [{"company": "Kervalo", "amount": "65 M€"}, {"company": "Datavolt", "amount": "71 M€", "date": "avril"}]),
])
def test_rounds_of_lists_and_appositions(extract, text, expected):
    assert_events(extract, text, "funding", expected)


# ---- stop 62

@pytest.mark.parametrize("text, expected", [
    # a relative that names what the money goes into, its investor the clause's subject (stop 62,
    # training/real_pages' twentieth batch, read after its untouched score)
    ("La plus grosse opération revient à Kervalo, dans laquelle Datavolt a investi 100 millions de dollars.",
     [{"company": "Kervalo", "amount": "100 millions de dollars", "investors": ["Datavolt"]}]),
    ("Suivent Kervalo, où le fonds Datavolt a injecté 53 millions $.",
     [{"company": "Kervalo", "amount": "53 millions $", "investors": ["Datavolt"]}]),
    # an amount in dollars written with its sign after "reçu" and before whom it comes from
    ("Kervalo a reçu 46 millions $ de la Caisse de dépôt et placement du Québec.",
     [{"company": "Kervalo", "amount": "46 millions $", "investors": ["Caisse de dépôt et placement du Québec"]}]),
    ("Kervalo a reçu 46 millions $ de commandes.", []),
])
def test_money_into_the_name_a_relative_stands_for(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # a fine's gerund, and its amount told before whom it fines (stop 62, the twentieth batch)
    ("La Cnil y a contribué en octobre, en sanctionnant à hauteur de 20 millions d'euros l'américain Clearview AI.",
     [{"authority": "Cnil", "target": "Clearview AI", "amount": "20 millions d'euros"}]),
    ("La Cnil a sanctionné, à hauteur de 20 millions d'euros, la société Clearview AI.",
     [{"authority": "Cnil", "target": "Clearview AI", "amount": "20 millions d'euros"}]),
    # (a sum to pay before a name: who is paid, not who pays)
    ("Le tribunal a condamné Kervalo à verser 2 millions d'euros à Datavolt.",
     [{"target": "Kervalo", "amount": "2 millions d'euros"}]),
])
def test_a_fine_told_with_its_amount_first(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # "ou encore" closes a list as "et" does (stop 62, training/real_pages' nineteenth batch)
    ("Facebook, Twitter ou encore Google ont été sanctionnés par Moscou.",
     [{"target": "Facebook"}, {"target": "Twitter"}, {"target": "Google"}]),
    ("Facebook, Twitter et Google ont été sanctionnés par Moscou.",
     [{"target": "Facebook"}, {"target": "Twitter"}, {"target": "Google"}]),
])
def test_a_list_closed_by_ou_encore(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # a list of takeovers told by their parties alone, after a takeover word (stop 62,
    # training/real_pages' eighteenth batch, read after its untouched scores)
    ("# Les jeunes pousses rachetées en 2016\n\n- Mars 2016 : Kervalo par Datavolt\n"
     "- Avril 2016 : Sylquor par Ombrine (170 millions d'euros)\n",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "Mars 2016", "status": "completed"},
      {"acquirer": "Ombrine", "target": "Sylquor", "price": "170 millions d'euros", "date": "Avril 2016",
       "status": "completed"}]),
    # (one item is no list; nor are items with no takeover word before them)
    ("# Les jeunes pousses rachetées en 2016\n\n- Mars 2016 : Kervalo par Datavolt\n", []),
    ("# Les partenariats de 2016\n\n- Mars 2016 : Kervalo par Datavolt\n- Avril 2016 : Sylquor par Ombrine\n", []),
])
def test_a_list_of_takeovers_told_by_their_parties(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # the short form in brackets of an authority is the authority, no company fined (stop 62,
    # training/real_pages' eighteenth batch; it reaches training/src)
    ("La Commission coréenne des communications (KCC) a infligé une amende de 68 milliards de wons.", []),
    ("Google est visé en Inde. Le mardi 25 octobre, la Commission indienne de la concurrence (CCI) a condamné le "
     "groupe californien à payer 113 millions de dollars.",
     [{"authority": "Commission indienne de la concurrence", "target": "Google", "amount": "113 millions de dollars"}]),
    # (not a court's: it judges the authority's decision)
    ("Le Tribunal administratif fédéral (TAF) a confirmé l'amende de 186 millions de francs que la Commission "
     "de la concurrence avait infligée à Swisscom.",
     [{"authority": "Commission de la concurrence", "target": "Swisscom"}]),
])
def test_an_authority_s_short_form_in_brackets(extract, text, expected):
    assert_events(extract, text, "fine", expected)


@pytest.mark.parametrize("text, expected", [
    # a weak round verb beside "X entre au capital" after a comma: two clauses, no takeover that
    # would make the verb its statement (stop 62, training/real_pages' twenty-second batch)
    ("Kervalo a récolté 178 millions d'euros, Datavolt entre au capital.",
     [{"company": "Kervalo", "amount": "178 millions d'euros"}]),
])
def test_a_round_beside_an_investor_entering_the_capital(extract, text, expected):
    assert_events(extract, text, "funding", expected)


# ---- stop 63

@pytest.mark.parametrize("text, expected", [
    # a person who is the inverted subject of a relative aside does not raise the money: the name
    # the aside hangs on does (stop 63, read on training/real_pages' xp_02; the person-only
    # guard of stop 16 stays for the subject itself)
    ("Nexthink, que dirige Pedro Bados, a levé 85 millions d'euros.",
     [{"company": "Nexthink", "amount": "85 millions d'euros"}]),
    ("Spécialiste des logiciels de sécurité, Nexthink, que préside depuis 2010 Pedro Bados, a réuni 85 millions de francs.",
     [{"company": "Nexthink", "amount": "85 millions de francs"}]),
    ("Kervalo, dont s'occupe Marie Dupont, a levé 5 millions d'euros.",
     [{"company": "Kervalo", "amount": "5 millions d'euros"}]),
    # (a person who is the subject raises for no company named: no round)
    ("Pedro Bados a levé 85 millions d'euros.", []),
    ("L'ancien PDG de Nexthink, Pedro Bados, vient de lever 3 millions d'euros.", []),
])
def test_a_person_in_a_relative_aside_is_not_who_raises(extract, text, expected):
    assert_events(extract, text, "funding", expected)


@pytest.mark.parametrize("text, expected", [
    # "ainsi que" closes a list as "et" does, here before the relative that tells what each raised
    # (stop 63, training/real_pages' zb_09)
    ("Les plus gros tours reviennent à Kervalo (21 M€), devant Pili, Bulane ainsi que Sunforge, qui ont "
     "obtenu 14 M€ chacune.",
     [{"company": "Pili", "amount": "14 M€"}, {"company": "Bulane", "amount": "14 M€"},
      {"company": "Sunforge", "amount": "14 M€"}, {"company": "Kervalo", "amount": "21 M€"}]),
    ("Les plus gros tours reviennent à Kervalo (21 M€), devant Pili, Bulane et Sunforge, qui ont "
     "obtenu 14 M€ chacune.",
     [{"company": "Pili", "amount": "14 M€"}, {"company": "Bulane", "amount": "14 M€"},
      {"company": "Sunforge", "amount": "14 M€"}, {"company": "Kervalo", "amount": "21 M€"}]),
])
def test_a_list_closed_by_ainsi_que(extract, text, expected):
    assert_events(extract, text, "funding", expected)


# Robustness, CheckList-style (stop 63): a deal's sentence keeps its event when the common
# insertions of French news stand around its subject (an apposition, a relative, a participle, a
# bracket, a kind before the name, a fronted place, time, source, purpose or description). Each
# frame is a plain statement; each insertion is general syntax, read on no article.
_SUBJECTS = [
    ("{X}", "plain"),
    ("{X}, la start-up parisienne,", "apposition"),
    ("{X}, spécialiste de la cybersécurité,", "apposition-of-trade"),
    ("{X}, qui emploie 300 personnes,", "relative-qui"),
    ("{X}, que dirige Marie Dupont,", "relative-inverted-person"),
    ("{X}, dont le siège est à Paris,", "relative-dont"),
    ("{X}, fondée en 2015 par Marie Dupont et Paul Martin,", "participle-founders"),
    ("{X}, basée à Lyon,", "participle-place"),
    ("{X} (Paris)", "bracket-place"),
    ("Basée à Lyon, {X}", "fronted-place"),
    ("Mardi, {X}", "fronted-day"),
    ("Selon Les Echos, {X}", "fronted-source"),
    ("Pour financer sa croissance, {X}", "fronted-purpose"),
    ("Leader européen du paiement en ligne, {X}", "fronted-description"),
    ("Numéro un français de la prise de rendez-vous sur Internet, {X}", "fronted-description-capital-noun"),
]
_FRAMES = [
    ("funding", "verb", "{S} a levé 15 millions d'euros auprès de Partech.", "Qonto", {"company": "Qonto"}),
    ("funding", "noun", "{S} a bouclé une levée de fonds de 15 millions d'euros.", "Qonto", {"company": "Qonto"}),
    ("funding", "announced", "{S} annonce une levée de 15 millions d'euros menée par Partech.", "Qonto",
     {"company": "Qonto"}),
    ("acquisition", "verb", "{S} a racheté Sigfox pour 15 millions d'euros.", "Capgemini",
     {"acquirer": "Capgemini", "target": "Sigfox"}),
    ("acquisition", "noun", "{S} annonce le rachat de Sigfox.", "Capgemini", {"acquirer": "Capgemini", "target": "Sigfox"}),
    ("fine", "verb", "{S} a infligé une amende de 15 millions d'euros à Sigfox.", "La CNIL",
     {"authority": "CNIL", "target": "Sigfox"}),
]


@pytest.mark.parametrize("etype, text, expected", [
    pytest.param(etype, frame.format(S=subject.format(X=name)), roles, id=f"{etype}-{form}-{kind}")
    for etype, form, frame, name, roles in _FRAMES for subject, kind in _SUBJECTS
    # (the inserted person or founders are a company's; a regulator has no founders or trade)
    if not (etype == "fine" and kind in ("relative-inverted-person", "participle-founders", "apposition",
                                         "apposition-of-trade", "fronted-description",
                                         "fronted-description-capital-noun"))
])
def test_a_deal_keeps_its_event_whatever_stands_around_its_subject(extract, etype, text, expected):
    text = text[0].upper() + text[1:]
    found = events_of(extract, text, etype=etype)
    assert any(all(e.get(role) == value for role, value in expected.items()) for e in found), found


_FOUND = "Datavolt rachète Kervalo pour 5 M€ en mars. Plumea lève 3 M€ auprès de Partech. La CNIL sanctionne Quintar."


def _f(word: str) -> list[int]:
    start = _FOUND.index(word)
    return [start, start + len(word)]


@pytest.mark.parametrize("pred_roles, expected", [
    # the takeover found, every role as the gold's
    ({"acquirer": "Datavolt", "target": "Kervalo", "price": "5 M€", "date": "mars"},
     {"right": 4}),
    # found, its date left empty and its buyer another name
    ({"acquirer": "Plumea", "target": "Kervalo", "price": "5 M€"},
     {"right": 2, "wrong": 1, "missing": 1}),
    # found, with a role the gold leaves empty
    ({"acquirer": "Datavolt", "target": "Kervalo", "price": "5 M€", "date": "mars", "status": "completed"},
     {"right": 4, "spurious": 1}),
    # the target at another name: not found, its fillers the prediction's unmatched ones
    ({"acquirer": "Datavolt", "target": "Plumea"}, {"missed": 4, "unmatched": 2}),
])
def test_role_fillers_of_found_and_missed_events(pred_roles, expected):
    """found_event_roles splits each type's fillers by whether the event was found at its main
    party's mention, and on found events by role outcome (stop 63)."""
    from pipeline.evaluate.events import found_event_roles

    gold = [{"id": "a", "text": _FOUND, "events": [
        {"type": "acquisition", "trigger": _f("rachète"), "roles": {
            "acquirer": _f("Datavolt"), "target": _f("Kervalo"), "price": _f("5 M€"), "date": _f("mars")}},
        {"type": "funding", "trigger": _f("lève"), "roles": {"company": _f("Plumea"), "amount": _f("3 M€")}}]}]
    roles = {r: (v if r == "status" else _f(v)) for r, v in pred_roles.items()}
    pred = [{"id": "a", "events": [{"type": "acquisition", "trigger": _f("rachète"), "roles": roles}]}]
    found = found_event_roles(gold, pred)
    assert {k: v for k, v in found["acquisition"].items() if v} == expected
    assert dict(found["funding"]) == {"missed": 2}


def test_found_role_ceilings_split_the_gap():
    """The three F1s of a type's fillers: as found, with every found role right, with every event
    found and read as the found ones are."""
    from collections import Counter

    from pipeline.evaluate.events import found_role_ceilings

    now, roles, every = found_role_ceilings(Counter(right=8, missing=1, wrong=1, spurious=0, missed=10, unmatched=2))
    assert round(now, 3) == round(2 * 8 / (2 * 8 + 1 + 2 + 1 + 1 + 10), 3)
    assert round(roles, 3) == round(2 * 10 / (2 * 10 + 2 + 10), 3)
    assert round(every, 3) == round(2 * 8 / (2 * 8 + 1 + 2), 3)
    assert now < roles and now < every


@pytest.mark.parametrize("text, company", [
    # more kinds that name the company told of (stop 64, read sets): "La néobanque a levé",
    # "la biotech a obtenu", "La marque a obtenu"
    ("Kervalo ouvre des comptes aux indépendants. La néobanque a levé 30 millions d'euros auprès de Partech.",
     "Kervalo"),
    ("Kervalo soigne les maladies rares. La biotech a obtenu 12 millions d'euros auprès de Sofinnova.", "Kervalo"),
    ("Kervalo vend des bougies. La marque a obtenu 7 millions d'euros auprès de Partech.", "Kervalo"),
    ("Kervalo revend des téléphones. La place de marché a annoncé une levée de fonds de 276 millions d'euros.",
     "Kervalo"),
])
def test_more_kinds_name_the_company_told_of(extract, text, company):
    assert [e["company"] for e in events_of(extract, text, etype="funding")] == [company]


def test_the_rules_patterns_compile_when_first_used():
    """The deal rules' regular expressions are compiled on first use: an article that states no
    deal leaves most of them uncompiled (a shorter cold start; in a fresh process, since this
    session's other tests use them all), and a compiled one works as ``re.compile`` would have
    made it."""
    import subprocess
    import sys

    from pipeline.components import deals

    child = ("import pipeline; from pipeline.components import deals; nlp = pipeline.load(); "
             "nlp(\"Le salon VivaTech ouvre ses portes mercredi à Paris, avec des conférences sur l'IA.\"); "
             "lazy = [v for v in vars(deals).values() if isinstance(v, deals._lazy)]; "
             "print(len(lazy), sum('search' in vars(p) for p in lazy))")
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True).stdout
    made, compiled = map(int, out.split()[-2:])
    assert made > 100 and compiled < made / 2
    pattern = deals._lazy(r"lev(?:é|ée)", deals.re.I)
    assert pattern.search("Kervalo a LEVÉ 5 millions").group() == "LEVÉ" and "search" in vars(pattern)


@pytest.mark.parametrize("text, expected", [
    # a sale's participle, its subject the company told of named by its kind (stop 64, dev_real2)
    ("Il fonde Kervalo. L'affaire marche, et la jeune société est cédée en 2004 à l'américain Datavolt.",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "2004", "status": "completed"}]),
    ("Il fonde Kervalo. La société, cédée en 2004 à Datavolt, grandit.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # (after `avoir`, the subject sells: what it sold is no company named)
    ("Datavolt a levé 5 millions d'euros. La start-up a cédé en 2004 sa filiale à Quintar.", []),
    # (not a name beside the money a seller puts back: "aux côtés de l'actionnaire historique")
    ("Le fonds réinvestit une partie du produit de la cession dans Kervalo, aux côtés de l'actionnaire "
     "historique Partech.", []),
])
def test_a_company_sold_told_by_its_kind_or_to_a_described_buyer(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)


@pytest.mark.parametrize("text, expected", [
    # two participles of one aside joined by "et": the second's subject is the aside's head, not the
    # name in the first's agent (stop 64, trsrc)
    ("- Kervalo, fondé par des anciens de Quintar et racheté par l'allemand Datavolt en mai 2022 ;",
     [{"acquirer": "Datavolt", "target": "Kervalo", "date": "mai 2022"}]),
    ("Kervalo, soutenu par Partech et racheté par Datavolt en 2022, recrute.",
     [{"acquirer": "Datavolt", "target": "Kervalo"}]),
    # (a relative clause's own verb keeps its subject as buyer)
    ("Kervalo, qui a racheté Quintar et Plumea en 2022, recrute.",
     [{"acquirer": "Kervalo", "target": "Quintar"}, {"acquirer": "Kervalo", "target": "Plumea"}]),
])
def test_a_takeover_participle_joined_to_an_agent_aside(extract, text, expected):
    assert_events(extract, text, "acquisition", expected)
