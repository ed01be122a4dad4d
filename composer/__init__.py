"""The Somevahti composer: everything around the checker that a person uses.

Two floors. The folders say which code may touch Qt:

    composer/
      launcher.py       the `somevahti` command: window, `check`, `list`, `export`
      messages.py       user-facing text from resources/ui_messages (Qt-free)
      settings_schema.py  every setting, declared once (Qt-free)
      model/            a draft, its change events and records, codec, library, draft files,
                        checklist
      checking/         one check job, its thread/process backends, the child's code
      approval/         content hash, signing, approval status, what changed, workflow
      present/          text for people: preview HTML, channel folds, copy text, offsets,
                        the names of categories, review states and roles
      storage/          SQLite store and the storage thread's operations
      review_package/   the offline review file: write, read (hostile-proof), merge
      export/           the copy-ready export folder and its summaries
      cli/              `somevahti list` and `somevahti export`
      qt/               the only package that imports PySide6: app, window, controllers,
                        widgets, live-check scheduling

Everything outside `qt/` is Qt-free, and `checks` never imports `composer`: both rules are
import-linter contracts in pyproject.toml, checked by tests/test_architecture.py.
"""
