"""Project scripts: the process supervisor behind `make run`."""
