"""Reading and writing: articles, project files, and exchange formats."""
