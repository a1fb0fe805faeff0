"""qikan: issue texts of Chinese journals → a searchable static archive.

The modules are the stages, in data-flow order: ingest (bytes → lines), repair (layout
artefacts), segment (article spans), byline (authors, unit, role), model (dataclasses),
render (Markdown pages), site (MkDocs build, atomic output). `split` and `sidecar` glue the
first stages to the editor's files.
"""
