"""``python -m smartlint``: the same as the ``smartlint`` command."""

from smartlint.cli import main

if __name__ == "__main__":
    main()
