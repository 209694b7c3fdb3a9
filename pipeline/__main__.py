import sys

from ._startup import cache_entry_point_groups, defer_spacy_cli

defer_spacy_cli()
cache_entry_point_groups()

from .cli import main  # noqa: E402  (after the start-up shortcut, on purpose)

sys.exit(main())
