"""qikan: issue texts of Chinese journals → a searchable static archive.

The modules are the stages, in data-flow order: ingest (bytes → lines), repair (layout
artefacts), layout and segment (article spans), byline (authors, unit, role), model
(dataclasses); render with urls, browse and cite (Markdown pages, browse pages, citations),
feeds, search (index), hant (zh-Hant edition), bundle (offline zip); site (MkDocs build, with
hooks, the split cache and the one-step swap of swap.py). `split`, `sidecar`, `overrides`,
`check` and `intake` glue the stages to the editor's files. README's module table says more.
"""
