"""``python -m kamdesk``: the same as the ``kamdesk`` command."""

import sys

from kamdesk.launch import main

sys.exit(main())
