"""The timeline view: the widget, its gestures and scrolling, the one painter and what it draws
(axis, marks), the lane scroll bar, tooltips, Key Events.
"""
