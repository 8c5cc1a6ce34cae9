"""The Qt side: main window, timeline view and painter, dialogs, undo commands, export."""
