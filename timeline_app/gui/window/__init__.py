"""Main window: the window itself, its commands, the open document and undo commands, the
operations the menus run, the import worker.
"""
