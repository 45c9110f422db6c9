"""``python -m kamdesk``: the same as the ``kamdesk`` command."""

import sys

from kamdesk.cli import main

sys.exit(main())
