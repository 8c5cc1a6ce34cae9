"""Main window: the window, which assembles the parts; its panels and the links that keep them
showing the document; the commands as a table; the operations they run (``*_ops``, plain
classes given what they need); the open document and its undo commands; the workers.
"""
