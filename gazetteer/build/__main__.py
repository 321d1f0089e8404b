"""Run the build from the command line: python3 -m gazetteer.build --sources DIR --out DIR."""

import sys

from gazetteer.build.cli import main

if __name__ == "__main__":
    sys.exit(main())
