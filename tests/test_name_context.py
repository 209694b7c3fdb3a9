"""Names the pattern files do not hold: the trained NER and the context rules that
earned their place (pipeline/components/names.py, pipeline/components/resolver.py).

Invented names ("Veltra", "Nexovia") keep these tests about context, not the lists.
"""

from __future__ import annotations

import pytest

from .conftest import spans_of

CASES = [
    # a known company + a product word is a product, + an organisation word stays ORG
    ("Google a ouvert Google Veltra aux annonceurs européens.", "PRODUCT", [("Google Veltra", "Google Veltra")]),
    ("Le groupe a confié le projet à Atos Ventures.", "ORG", [("Atos Ventures", "Atos Ventures")]),
    ("Le titre, coté à Euronext Paris, a gagné 3 %.", "ORG", [("Euronext", "Euronext")]),
    # a known product + an edition, a version, a glued "+"
    ("Les abonnés reçoivent Gemini Nebula sans surcoût.", "PRODUCT", [("Gemini Nebula", "Gemini Nebula")]),
    ("Apple vend des AirPods 7 à 299 euros.", "PRODUCT", [("AirPods 7", "AirPods 7")]),
    ("Apple vend des AirPods 7 à 299 euros.", "MONEY", [("299 euros", {"amount": 299, "currency": "EUR"})]),
    ("Google prépare le Pixel 11+ pour l'automne.", "PRODUCT", [("Pixel 11+", "Pixel 11+")]),
    ("Microsoft facture Copilot 30 dollars par mois.", "PRODUCT", [("Copilot", "Copilot")]),
    ("Le modèle de raisonnement Kestrel-R2 rivalise avec o3.", "PRODUCT", [("Kestrel-R2", "Kestrel-R2"), ("o3", "o3")]),
    ("Le spécialiste de la cybersécurité Zorvex a levé 40 millions d'euros.", "ORG", [("Zorvex", "Zorvex")]),
    ("La société de capital-risque Velmora investit dans le cloud.", "ORG", [("Velmora", "Velmora")]),
    ("Le fabricant franco-italien de semi-conducteurs STMicroelectronics publie ses comptes.", "ORG",
     [("STMicroelectronics", "STMicroelectronics")]),
    ("Anthropic a bouclé une levée de fonds de série F.", "ORG", [("Anthropic", "Anthropic")]),
    ("La mise à jour iOS 14.5 impose une fenêtre de consentement.", "PRODUCT", [("iOS 14.5", "iOS 14.5")]),
    # the kind carries over a list and an apposition names the kind
    ("Le consortium formé par les fonds Velmora, Quintar et Oskaro a signé.", "ORG",
     [("Velmora", "Velmora"), ("Quintar", "Quintar"), ("Oskaro", "Oskaro")]),
    ("Un accord a été conclu avec Trevalis, le consortium mené par trois fonds.", "ORG", [("Trevalis", "Trevalis")]),
    ("Le groupe a présenté ses puces Novarix, Titanor 2 et Zephyrion pour les centres de données.", "PRODUCT",
     [("Novarix", "Novarix"), ("Titanor 2", "Titanor 2"), ("Zephyrion", "Zephyrion")]),
    ("Quandela a dévoilé Lumeris, un ordinateur photonique de 12 qubits.", "PRODUCT", [("Lumeris", "Lumeris")]),
    ("L'accord a été signé avec la start-up lilloise Nexovia en juin.", "ORG", [("Nexovia", "Nexovia")]),
    ("Le groupe a mis à jour son système d'exploitation Zephyros.", "PRODUCT", [("Zephyros", "Zephyros")]),
    ("Le gestionnaire du réseau électrique RTE alerte sur la demande.", "PRODUCT", []),
    ("Ces néoclouds louent des grappes de GPU Nvidia aux laboratoires.", "ORG", [("Nvidia", "Nvidia")]),
    ("Ces néoclouds louent des grappes de GPU Nvidia aux laboratoires.", "PRODUCT", []),
    # the model's person or place on an unknown name, in a company's context
    ("Les clients de Brivana sont nombreux en Europe.", "ORG", [("Brivana", "Brivana")]),
    ("Le rachat de Tessaly par Google est bouclé.", "ORG", [("Tessaly", "Tessaly"), ("Google", "Google")]),
    ("Chez Oskaro, les ventes reculent depuis deux trimestres.", "ORG", [("Oskaro", "Oskaro")]),
    ("Elon Musk a racheté Twitter. Musk a annoncé un plan.", "ORG", [("Twitter", "Twitter")]),
    ("Selon Yves Guillemot, Ubisoft va bien. Guillemot a ajouté que le groupe recrute.", "ORG", [("Ubisoft", "Ubisoft")]),
    # a first name before a company's name makes it a family name ("Martin Bouygues")
    ("C'est au tour de Martin Bouygues de répondre à Orange.", "ORG", [("Orange", "Orange")]),
    # first names of every origin (stop 23: the lexicon's list, 866 -> 1,966 names)
    ("Chez Oskaro, Chukwuemeka Obi a signé.", "ORG", [("Oskaro", "Oskaro")]),
    ("Après Kwabena Mensah, Oskaro recrute.", "ORG", [("Oskaro", "Oskaro")]),
    # a listed name glued by a hyphen to a first name opens a compound first name (stop 23)
    ("Son fondateur Claude-Michel Dupuis a cédé la majorité de Kervalo à Swisscom.", "PRODUCT", []),
    ("Selon Claude-Henri Morel, Kervalo garde son fondateur.", "PRODUCT", []),
    ("Anthropic lance Claude-Opus pour les entreprises.", "PRODUCT", [("Claude-Opus", "Claude-Opus")]),
    # a company and its country: the national arm, one ORG (a city or a name of its own stays out)
    ("Xavier Niel s'empare d'Orange Suisse pour 2,3 milliards.", "ORG", [("Orange Suisse", "Orange Suisse")]),
    ("Le recours d'Altice France contre MTN Nigeria a échoué.", "ORG",
     [("Altice France", "Altice France"), ("MTN Nigeria", "MTN Nigeria")]),
    ("Le titre d'Ubisoft, coté sur Euronext Paris, a gagné 3 %.", "ORG", [("Ubisoft", "Ubisoft"), ("Euronext", "Euronext")]),
    # a web address and the acronyms of specifications and taxes are no product
    ("Les prix TTC de la carte SIM baissent sur google.fr et www.amazon.fr.", "PRODUCT", []),
    ("Le SSD NVMe lit les disques Blu-ray en WiFi.", "PRODUCT", []),
    # common words and acronyms of finance are no company
    ("Le BAIIA ajusté et l'Ebitda progressent, selon les VC interrogés par la French Tech.", "ORG", []),
    # an unknown name where only a product fits
    ("Google a lancé Tessaly en mars pour les développeurs.", "PRODUCT", [("Tessaly", "Tessaly")]),
    ("Les utilisateurs de Brivana sont nombreux en Europe.", "PRODUCT", [("Brivana", "Brivana")]),
    ("OpenAI a dévoilé Velmora 2, son modèle phare.", "PRODUCT", [("Velmora 2", "Velmora 2")]),
    ("Anthropic a lancé Quintar Pro pour les entreprises.", "PRODUCT", [("Quintar Pro", "Quintar Pro")]),
    ("Brivana est facturé 30 dollars par mois.", "ORG", []),
    ("L'entreprise s'est placée sous la protection du Chapitre 11 en 2023.", "PRODUCT", []),
    # a capitalised kind word is part of a name; a vague kind in apposition decides nothing
    ("La levée a été menée auprès de Financière Fonds Privés et de Breed Reply.", "ORG",
     [("Financière Fonds Privés", "Financière Fonds Privés"), ("Breed Reply", "Breed Reply")]),
    ("Le tour a réuni Quintar, une plateforme B2B pour les photographes.", "PRODUCT", []),
    ("Mistral AI a présenté Zephyra, sa plateforme de calcul souveraine.", "PRODUCT", [("Zephyra", "Zephyra")]),
    ("Le fonds EIC Fund a investi dans la start-up.", "PRODUCT", []),
    # headlines in capitals or Title Case: a capital says nothing there
    ("NVIDIA ANNONCE UN CHIFFRE RECORD DE 57 MILLIARDS DE DOLLARS", "PRODUCT", []),
    ("NVIDIA ANNONCE UN CHIFFRE RECORD DE 57 MILLIARDS DE DOLLARS", "MONEY",
     [("57 MILLIARDS DE DOLLARS", {"amount": 57_000_000_000, "currency": "USD"})]),
    ("Microsoft Annonce Des Résultats Records Pour Azure", "PRODUCT", [("Azure", "Azure")]),
    # typographic apostrophes and legal forms keep the curated id
    ("Selon l’Agence internationale de l’énergie, la demande double.", "ORG",
     [("Agence internationale de l’énergie", "Agence internationale de l'énergie")]),
    ("Cipher Mining Inc. a signé avec Engie.", "ORG", [("Cipher Mining Inc", "Cipher Mining"), ("Engie", "Engie")]),
    # company or service, by context
    ("OpenAI a signé un contrat de sept ans avec AWS.", "ORG",
     [("OpenAI", "OpenAI"), ("AWS", "Amazon Web Services")]),
    ("Les données des clients sont hébergées sur AWS.", "PRODUCT", [("AWS", "Amazon Web Services")]),
    ("Meta a racheté la start-up Instagram en 2012.", "ORG", [("Meta", "Meta Platforms"), ("Instagram", "Instagram")]),
    ("Les adolescents passent deux heures par jour sur Instagram.", "PRODUCT", [("Instagram", "Instagram")]),
    # with no cue, a social network is the company (the reading of real French news, §2)
    ("Ce mois-ci, Snapchat a refusé l'offre de son rival.", "ORG", [("Snapchat", "Snapchat")]),
    ("Le patron de WhatsApp a quitté le groupe en avril.", "ORG", [("WhatsApp", "WhatsApp")]),
    # a cue before a list reads every name of the list
    ("Ses publicités ciblées sur Facebook et Instagram ont été épinglées.", "PRODUCT",
     [("Facebook", "Facebook"), ("Instagram", "Instagram")]),
    ("Les applications Facebook, Instagram et WhatsApp réunissent trois milliards de comptes.", "PRODUCT",
     [("Facebook", "Facebook"), ("Instagram", "Instagram"), ("WhatsApp", "WhatsApp")]),
    ("Les utilisateurs de Snapchat et de WhatsApp ont reçu un message.", "PRODUCT",
     [("Snapchat", "Snapchat"), ("WhatsApp", "WhatsApp")]),
    # a Reuters instrument code after a name is its listing, not part of the name
    ("Le groupe disposera de 22 400 GPU Nvidia NVDA.O après l'opération.", "ORG", [("Nvidia", "Nvidia")]),
    ("Kervalo Group KVLO.PA a fait état vendredi de ventes en hausse.", "ORG", [("Kervalo Group", "Kervalo Group")]),
    # a civility before a surname: a person
    ("« Nous restons québécois », a dit M. Têtu au Journal de Montréal.", "ORG", [("Journal de Montréal", "Le Journal de Montréal")]),
    # a capitalised title and a country's acronym are no organisations (real sealed 17)
    ("Il a été nommé Directeur Général Adjoint chez Kervalo, dont les start-up de RDC sont clientes.", "ORG",
     [("Kervalo", "Kervalo")]),
    # regions and departments, a chemical formula: no organisations
    ("Les start-up de Nouvelle-Aquitaine ont levé 40 millions d'euros, dont deux en Charente-Maritime.", "ORG", []),
    ("Kervalo capte le CO2 de l'air ambiant, à raison de 4 000 tonnes de CO2 par an.", "ORG", [("Kervalo", "Kervalo")]),
    # a name that is a company and a chip architecture: the company unless a product word says otherwise
    ("La technologie développée par Hopper dépasse la réservation de vols.", "ORG", [("Hopper", "Hopper")]),
    ("Nvidia a présenté l'architecture Hopper de ses processeurs graphiques.", "PRODUCT", [("Hopper", "Hopper")]),
    # places, persons, events and indices are not organisations
    ("Les modèles commercialisés dans l'Union européenne doivent être documentés.", "ORG", []),
    ("L'Union européenne a infligé une amende à Apple.", "ORG",
     [("Union européenne", "Union européenne"), ("Apple", "Apple")]),
    ("Le cofondateur de la start-up, Arthur Mensch, partageait la scène.", "ORG", []),
    ("L'annonce a été faite par un des responsables du groupe Phil Schiller.", "ORG", []),
    ("Selon le secrétaire général d'Orange, Nicolas Guérin, l'opérateur historique paie l'entretien.", "ORG",
     [("Orange", "Orange")]),
    ("L'annonce a été faite par un des responsables du groupe Phil Schiller.", "PRODUCT", []),
    ("Le projet a été annoncé lors du sommet Choose France à Versailles.", "ORG", []),
    ("Le Nasdaq Composite a reculé de 2 %.", "PRODUCT", []),
    ("Apple a été sanctionnée au titre du DMA et du RGPD.", "ORG", [("Apple", "Apple")]),
    ("Le groupe prépare son IPO pour 2026.", "ORG", []),
    ("Tesla a présenté des versions « Standard » moins chères de ses modèles.", "ORG", [("Tesla", "Tesla")]),
    ("La demande pour l'ETF Bitcoin de BlackRock vient des particuliers.", "ORG", [("BlackRock", "BlackRock")]),
    ("Le Nasdaq Composite a reculé de 2 %.", "ORG", []),
    # a sector of a roundup ("la Foodtech", "la LegalTech") is not a company (patterns/lexicon.json sector_words)
    ("La mobilité a dominé le mois, devant la Foodtech et la LegalTech avec deux opérations chacune.", "ORG", []),
    ("Trois levées pour la FinTech, dont celle de Veltrapay, ont marqué la semaine.", "ORG",
     [("Veltrapay", "Veltrapay")]),
    # a company, then a person with no comma between them ("le patron de Microsoft Brad Smith")
    ("Pour le président de Microsoft Brad Smith, l'accord protège les joueurs.", "ORG", [("Microsoft", "Microsoft")]),
    ("Le nouveau patron de la plateforme, Nat Friedman, a rassuré les développeurs.", "PRODUCT", []),
    # a first name of the lexicon makes a person of a name the model read as a product
    ("C'est l'investisseuse Aileen Lee qui a inventé le mot licorne en 2013.", "PRODUCT", []),
    # a photo credit in capitals names a person
    ("Le siège de Veltra à Lyon. SERGE TENANI / Hans Lucas via AFP", "ORG",
     [("Veltra", "Veltra"), ("AFP", "Agence France-Presse")]),
    # a connector opening a sentence before an apposition is no name; a law written in full is no ORG
    ("Le compteur est remis à zéro. Enfin, l'entreprise mesure le temps passé sur chaque page.", "ORG", []),
    ("Le Règlement Général sur la Protection des Données encadre ces cookies.", "ORG", []),
    # a role before "de" stays out of the organisation's name
    ("Le dossier a été présenté par la Présidente de l’Autorité de la Concurrence, Isabelle de Silva.", "ORG",
     [("Autorité de la Concurrence", "Autorité de la Concurrence")]),
    # a capitalised common word is a company when it raises money ("Éléments a réuni")
    ("À Montpellier, Éléments a réuni 50 millions d'euros en série B.", "ORG", [("Éléments", "Éléments")]),
    ("Les Éléments du dossier ont été réunis.", "ORG", []),
    # a place after a start-up form names no start-up
    ("Les start-up de la grande région de Montréal ont levé 1,15 milliard de dollars.", "ORG", []),
    # stop 22: a kind word the writer capitalises opens the name; in lower case it stays out
    ("Le Groupe Kervalo a cédé sa filiale au Groupe Sentalis.", "ORG",
     [("Groupe Kervalo", "Groupe Kervalo"), ("Groupe Sentalis", "Groupe Sentalis")]),
    ("Le groupe Kervalo a cédé sa filiale au fonds Sentalis.", "ORG", [("Kervalo", "Kervalo"), ("Sentalis", "Sentalis")]),
    # an African operator's national arm, its country in one to three words
    ("Orange Côte d'Ivoire, Airtel Burkina et Airtel Sierra Leone ont été sanctionnés.", "ORG",
     [("Orange Côte d'Ivoire", "Orange Côte d'Ivoire"), ("Airtel Burkina", "Airtel Burkina"),
      ("Airtel Sierra Leone", "Airtel Sierra Leone")]),
    # a results word and a region are no company
    ("L'Ebit progresse de 4 % dans la région Mena, comme l'Ebit du groupe en Europe.", "ORG", []),
    ("Le volume brut de marchandises (GMV) a reculé de 5 %, et l'Ebita du groupe progresse dans les TMT.", "ORG", []),
    # a governing board before the name it governs stays out of it
    ("Le Directoire de Kervalo Telecom a validé la décision du Conseil de Régulation de l’ARTCI.", "ORG",
     [("Kervalo Telecom", "Kervalo Telecom"), ("ARTCI", "ARTCI")]),
    # stop 25: common first names of every language (the lexicon's list, 1,966 -> 2,162 names)
    ("Le président de Nintendo, Tatsumi Kimishima, a présenté la console.", "ORG", [("Nintendo", "Nintendo")]),
    ("Kostadin Yanev, fondateur de Brivana, lève des fonds.", "ORG", [("Brivana", "Brivana")]),
    # a listing in brackets, an exchange and its symbol or an ISIN, holds no name (stop 25)
    ("Le titre Kervalo (PA:KRVL) recule après la sanction de l'Arcep.", "ORG",
     [("Kervalo", "Kervalo"), ("Arcep", "Autorité de régulation des communications électroniques, des postes et de "
                                        "la distribution de la presse")]),
    ("Brivana (FR0012419307 ALBRV) confirme l'acquisition.", "ORG", [("Brivana", "Brivana")]),
    ("BRIVANA (Paris:ALBRV), l'un des leaders du jeu vidéo, confirme l'acquisition.", "ORG", [("BRIVANA", "BRIVANA")]),
    # a credit or a byline's person glued after a name is no part of it (stop 25)
    ("Le studio Ludia a été acquis par Jam City. Crédit Dominic Favre", "ORG",
     [("Ludia", "Ludia"), ("Jam City", "Jam City")]),
    # the Swiss and German wires' credits in lower case are agencies (stop 25)
    ("Zurich (awp/reu) - Sunrise renonce à racheter UPC.", "ORG",
     [("awp", "AWP"), ("reu", "Reuters"), ("Sunrise", "Sunrise"), ("UPC", "UPC")]),
    # "la Caisse" after the Caisse named in full is that body (stop 25; 9 real mentions in 12)
    ("La Caisse de dépôt et placement du Québec investit dans Dialogue. La Caisse devient actionnaire.", "ORG",
     [("Caisse de dépôt et placement du Québec", "Caisse de dépôt et placement du Québec"),
      ("Caisse", "Caisse de dépôt et placement du Québec")]),
    # a product kind that names its company as often as its product: the company when it acts as one
    # (stop 26, real sealed 23)
    ("L'application de paiement mobile Velmora annonce un tour de table de 40 millions d'euros.", "ORG",
     [("Velmora", "Velmora")]),
    ("La plateforme Zorvex lève 12 millions d'euros.", "ORG", [("Zorvex", "Zorvex")]),
    ("L'application de paiement Velmora permet de régler entre amis.", "PRODUCT", [("Velmora", "Velmora")]),
    ("La plateforme de paiement Zorvex levait 40 millions de dollars.", "ORG", [("Zorvex", "Zorvex")]),
    # a sector word before a name is the sector, not part of the name (stop 26, real sealed 22 and 23)
    ("Le top 5 compte l'EdTech OpenClassrooms (51 millions d'euros en mai).", "ORG", [("OpenClassrooms", "OpenClassrooms")]),
    ("Si l'on ajoute les Assurtechs Alan et Shift Technology, le secteur dépasse 3 milliards.", "ORG",
     [("Alan", "Alan"), ("Shift Technology", "Shift Technology")]),
    # a place with its accent, an English role, a law's name: no company (stop 26, real sealed 25)
    ("La start-up Kervalo s'installe au Nigéria et recrute un Chief Investment Officer.", "ORG", [("Kervalo", "Kervalo")]),
    ("TikTok a enfreint le Règlement général de protection des données, selon la CNIL.", "ORG",
     [("TikTok", "TikTok"), ("CNIL", "Commission nationale de l'informatique et des libertés")]),
    # a listed product the text calls a company is one, in every mention but a service's
    # (stop 43, the real-structure dev set)
    ("Il a dirigé Venmo, start-up américaine passée sous le contrôle de PayPal.", "PRODUCT", []),
    ("Promise à OpenAI, Windsurf, jeune pousse spécialisée dans l'IA, change de mains. Windsurf a confié "
     "les rênes à un proche.", "ORG", [("OpenAI", "OpenAI"), ("Windsurf", "Windsurf"), ("Windsurf", "Windsurf")]),
    ("Venmo, une start-up de Philadelphie, a été rachetée. Ses clients paient sur Venmo.", "PRODUCT",
     [("Venmo", "Venmo")]),
    # a capitalised common noun before a comma starts no list, so the cue before it is not the
    # name's (stop 63, training/real_pages' qw_08)
    ("Numéro un de la prise de rendez-vous médicaux sur Internet, Doctolib a levé 150 millions d'euros.", "ORG",
     [("Doctolib", "Doctolib")]),
    ("Numéro un de la prise de rendez-vous médicaux sur Internet, Doctolib a levé 150 millions d'euros.", "PRODUCT", []),
]


# The trained NER's known errors on invented names, kept as strict xfails: a model that
# reads one right turns its test red until it is moved out. The rules that handled
# them (coordinated_names, context_products, extend_names) were deleted:
# switched off, they lowered no score on the gold, dev, sealed hold-out or corpus dev
# sets (README, "Name rules").
KNOWN_FAILURES = {
    "product-kind-over-list",    # "ses puces Novarix, Titanor 2 et Zephyrion": Zephyrion read ORG
    "launched-product",          # "Google a lancé Tessaly": read ORG
    "users-of-product",          # "Les utilisateurs de Brivana": read nothing (stop 13's model)
    "passive-not-company",       # "Brivana est facturé 30 dollars": read ORG
    "chapter-11-not-product",    # "la protection du Chapitre 11": read PRODUCT (stop 13's model)
    "vague-kind-apposition",     # "Quintar, une plateforme B2B": the guideline leaves it out, read PRODUCT
}


@pytest.mark.parametrize("sentence,label,expected", CASES, ids=[
    "vendor-product-word", "vendor-org-word", "place-stays-out", "edition", "version-before-price",
    "price-after-version", "glued-plus", "price-not-version", "glued-hyphen-version", "kind-of-domain",
    "kind-of-hyphenated-domain", "kind-adjective-domain", "funding-round-not-fund", "dotted-version",
    "kind-over-list", "apposition-org", "product-kind-over-list", "apposition-product",
    "kind-unlisted-adjective", "kind-with-qualifier", "grid-not-product", "gpu-then-vendor-org",
    "gpu-then-vendor-not-product", "person-read-clients-of", "person-read-takeover-of", "place-read-chez",
    "surname-stays-person", "surname-after-full-name", "first-name-before-company", "first-name-nigerian", "first-name-ghanaian", "compound-first-name", "compound-first-name-after-selon", "hyphenated-product-kept",
    "subsidiary-country", "subsidiary-two", "city-stays-out",
    "web-address-and-tax-not-product",
    "spec-acronyms-not-product", "finance-words-not-org",
    "launched-product", "users-of-product", "unknown-name-version",
    "unknown-name-edition", "passive-not-company", "chapter-11-not-product", "capitalised-kind-in-name",
    "vague-kind-apposition", "possessive-vague-kind-apposition", "org-suffix-fund",
    "capitals-headline-no-product", "capitals-headline-money", "title-case-headline", "typographic-apostrophe",
    "legal-form-keeps-id", "aws-company", "aws-platform", "instagram-company", "instagram-app", "social-network-company",
    "social-network-boss-of", "cue-over-list-sur", "cue-over-list-apps", "cue-over-list-users-of", "title-and-country-acronym-not-org", "civility-person-not-org", "regions-not-org", "chemical-formula-not-org", "ticker-after-known-name", "ticker-after-unknown-name", "company-and-architecture-org", "company-and-architecture-product", "eu-place",
    "eu-institution", "person-after-role", "person-after-kind-not-org", "surname-before-apposition",
    "person-after-kind-not-product", "event-after-head", "index-not-product", "laws-not-org",
    "common-acronym-not-org", "edition-word-not-org", "crypto-asset-not-org", "index-not-org",
    "sector-not-org", "sector-beside-company", "company-then-person", "person-read-product",
    "first-name-person", "capitals-credit-person", "connector-not-name", "law-in-full-not-org", "role-out-of-name",
    "common-word-raises-money", "common-word-no-verb", "place-after-startup-form",
    "capitalised-groupe-in-name", "lower-case-kind-out", "subsidiary-african-countries",
    "ebit-and-region-not-org", "results-words-not-org", "board-out-of-name",
    "first-name-japanese", "first-name-bulgarian",
    "exchange-symbol-not-org", "isin-not-org",
    "exchange-name-symbol-not-org", "credit-person-not-org", "lower-case-wire-credits", "caisse-named-short",
    "ambiguous-kind-acts-as-company", "ambiguous-kind-raises", "ambiguous-kind-stays-product",
    "ambiguous-kind-imperfect", "sector-before-listed-name", "sector-plural-before-name",
    "accented-place-role-not-org", "law-head-not-org", "listed-product-called-startup",
    "listed-product-called-startup-every-mention", "listed-product-called-startup-service-stays",
    "common-noun-starts-no-list-org", "common-noun-starts-no-list-product"])
def test_name_context(request, extract, sentence, label, expected):
    if request.node.callspec.id in KNOWN_FAILURES:
        request.applymarker(pytest.mark.xfail(strict=True, reason="the trained NER's error"))
    got = [(t, n.get("id", n)) if label in ("ORG", "PRODUCT") else (t, n) for t, n in spans_of(extract(sentence), label)]
    assert got == expected


def test_events_are_labelled_event_and_not_scored(extract):
    rec = extract("Mistral AI a présenté son offre à VivaTech, devant Jensen Huang.")
    labels = {(s["text"], s["label"]) for s in rec["spans"]}
    assert ("VivaTech", "EVENT") in labels
    assert not any(t == "Jensen Huang" and lab == "ORG" for t, lab in labels)


@pytest.mark.parametrize("text, expected", [
    # a company named in full with a word of its kind last is the same ORG where the article
    # drops that word, before the full name (a headline) or after it (stop 53, training/events)
    ("# Datavolt s'empare de Tableau pour 15 milliards de dollars\n\nDatavolt va acquérir l'éditeur Tableau "
     "Software. Tableau revendique 86 000 clients.",
     ["Datavolt", "Tableau", "Datavolt", "Tableau Software", "Tableau"]),
    ("Kervalo Studios a été racheté en 2020. Depuis, Kervalo publie deux jeux par an.",
     ["Kervalo Studios", "Kervalo"]),
    # a word that opens a longer capitalised name is no short form
    ("Kervalo Software ouvre un bureau. Kervalo Desktop est sa nouvelle version.", ["Kervalo Software"]),
])
def test_a_company_named_without_its_kind(extract, text, expected):
    assert [t for t, _ in spans_of(extract(text), "ORG")] == expected
