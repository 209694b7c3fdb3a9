"""The shipped NER's weights, stored in half precision.

The trained component's ``model`` file (thinc msgpack, float32) is 6.4 MB,
over the 5 MB a repository file should weigh; in float16 it is 3.2 MB. The
weights are rounded once, when ``python -m pipeline train`` installs them
(``narrow``), and cast back to float32 when the pipeline loads them (``widen``):
the network computes in float32 as it was trained, only its stored digits are
fewer. Rounding moves a weight by at most 1/2048 of its value; the note of the
stop that introduced it reports the scores measured before and after on every
set.

Kept free of spaCy imports: ``pipeline.assemble`` reads it at start-up.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import srsly

HALF_NAME = "model.f16"     # beside spaCy's own files in the component folder


def _cast(msg: dict, src: str, dst) -> dict:
    """``msg`` with every ``src`` array of its params cast to ``dst`` (thinc's node layout)."""
    msg["params"] = [{name: (value.astype(dst) if isinstance(value, numpy.ndarray)
                             and value.dtype == numpy.dtype(src) else value)
                      for name, value in node.items()}
                     for node in msg["params"]]
    return msg


def narrow(model_file: Path) -> Path:
    """Write ``model_file``'s weights in float16 beside it as ``model.f16``; remove the float32 file."""
    msg = _cast(srsly.msgpack_loads(model_file.read_bytes()), "float32", numpy.float16)
    half = model_file.with_name(HALF_NAME)
    half.write_bytes(srsly.msgpack_dumps(msg))
    model_file.unlink()
    return half


def widen(half_file: Path) -> dict:
    """The thinc message of ``half_file`` with float32 weights, for ``Model.from_dict``."""
    return _cast(srsly.msgpack_loads(half_file.read_bytes()), "float16", numpy.float32)
