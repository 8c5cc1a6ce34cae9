"""Exports, in the order an export runs: ``options`` (what was asked), ``budget`` (what the
machine can hold), ``plan`` (the page: title, legend, footnotes, the layout of the range),
``paint`` (the page drawn through the view's one painter), then encoding in ``export``
(PNG, SVG; its entry points ``export_image`` and ``render_image``) and ``pdf`` (pages of a
printed PDF). ``dialog`` is File > Export.
"""
