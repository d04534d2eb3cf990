"""`python -m gui`: the same as the `parallax` command."""

from __future__ import annotations

import sys

from gui.launcher import main

sys.exit(main())
