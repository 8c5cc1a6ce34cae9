"""timeline-app: turn news articles into a zoomable, editable timeline of diplomatic events."""

__version__ = "0.1.0"
