"""qikan: issue texts of Chinese journals → a searchable static archive.

Two wings over a shared floor. `split/` turns one issue's bytes into a `SplitResult` (ingest →
repair → layout → blocks → units → joins → assign → articles, or the sidecar's split);
`site/` turns the archive's splits into pages and files (urls, cite, browse, render, feeds,
search, hant, bundle, hooks). The floor: `model` (the dataclasses), `text` (character classes,
escaping), `errors`. Around them: the editor's tools (`sidecar`, `intake`, `check`), `archive`
(folder → splits, with `cache`), `build` (splits → site/, with `swap`) and `cli`.
docs/design.md has the module map.
"""
