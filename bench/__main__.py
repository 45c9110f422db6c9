"""Run every benchmark: ``python -m bench``."""

from bench import foundation

foundation.main()
