"""`python -m numberkeeper.cli`: the same as the installed `numberkeeper-cli`."""

import sys

from numberkeeper.cli import main

sys.exit(main())
