"""Exports: the dialog, the plan (page and budget), painting through the one painter, and encoding
(PNG, SVG, PDF).
"""
