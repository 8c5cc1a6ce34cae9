"""The docked panels: the Events table, the Inspector, the article text and list, the filter bar
and Review Mode.
"""
