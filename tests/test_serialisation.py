"""A saved pipeline loads with plain spacy.load in a fresh process, through the
package's spacy_factories entry points (no import of ours, no patterns/ folder)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_serialisation_to_disk_then_spacy_load_in_fresh_process(nlp, tmp_path):
    path = tmp_path / "technews_model"
    nlp.to_disk(path)
    script = textwrap.dedent(f"""
        import json, spacy
        nlp = spacy.load({str(path)!r})
        doc = nlp("Le 18 novembre 2025, Nvidia a promis 10 milliards de dollars à Anthropic.")
        print(json.dumps([[e.text, e.label_] for e in doc.ents]))
        print(nlp.pipe_names)
        print(json.dumps(sorted(nlp.get_pipe("ner").labels)))
        doc = nlp("La start-up lilloise Vostrakel a levé 8 millions d'euros auprès de Kerlova Capital.")
        print(json.dumps([[e.text, e.label_] for e in doc.ents]))
        print(json.dumps(sorted(doc._.sources.values())))
        text = ("Pollinex a bouclé un tour de table de 9 millions d'euros. La jeune pousse revendique 300 "
                "clients. Parmi ses nouveaux actionnaires figurent Kima Ventures et Breega.")
        doc = nlp(text)
        print(json.dumps([[text[a:b] for a, b in ev["roles"]["investors"]] for ev in doc._.deals]))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "PIPELINE_PATTERNS": str(tmp_path / "none")})
    assert proc.returncode == 0, proc.stderr
    ents = proc.stdout.splitlines()[0]
    assert '["10 milliards de dollars", "MONEY"]' in ents
    assert '["18 novembre 2025", "DATE"]' in ents
    assert "entity_resolver" in proc.stdout.splitlines()[1]
    # the trained NER travels with the saved pipeline: its PRODUCT label, its names
    assert "PRODUCT" in proc.stdout.splitlines()[2]
    assert '["Kerlova Capital", "ORG"]' in proc.stdout.splitlines()[3]
    assert "model" in proc.stdout.splitlines()[4]
    # and so does the role classifier of the deal events
    assert (path / "deal_events" / "roles" / "config.cfg").is_file()
    assert proc.stdout.splitlines()[5] == '[["Kima Ventures", "Breega"]]'


def test_sent_bounds_first_call_is_the_tokens_own_sentence(nlp):
    from pipeline.components._serial import SENT_BOUNDS_KEY, sent_bounds

    doc = nlp("Vinted compte 75 millions de membres. Il vaut 5 milliards d'euros.")
    doc.user_data.pop(SENT_BOUNDS_KEY, None)
    first, last = doc[1], doc[-2]
    assert sent_bounds(doc, first.i) == (first.sent.start, first.sent.end)
    assert sent_bounds(doc, last.i) == (last.sent.start, last.sent.end)
