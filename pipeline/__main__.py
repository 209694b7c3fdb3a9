import sys

from ._startup import defer_spacy_cli

defer_spacy_cli()

from .cli import main  # noqa: E402  (after the start-up shortcut, on purpose)

sys.exit(main())
