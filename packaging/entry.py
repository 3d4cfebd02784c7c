"""The frozen bundle's entry point (PyInstaller runs this as __main__)."""

import sys

from numberkeeper.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
