"""Training the pipeline's NER on the team's French tech-news corpus.

``corpus`` turns inline-annotated articles (``training/src/**/*.ann``) into
spaCy ``DocBin`` files, with the base model's own PER/LOC predictions added as
rehearsal; ``augment`` registers the entity-swap augmenter the config uses;
``train`` is ``python -m pipeline train``.
"""
