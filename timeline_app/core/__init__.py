"""The pure-Python core: dates, model, temporal tagging, extraction, layout and files.

Nothing here imports Qt (checked by import-linter in CI).
"""
