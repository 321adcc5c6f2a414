"""Print the project's requirements from pyproject.toml, one per line, for pip -r.

The project is an application, not a package to build; reading the list here avoids a
build backend and a wheel build on every install.
"""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]
requirements = list(project["dependencies"])
for extra in sys.argv[1:]:
    requirements += project["optional-dependencies"][extra]
print("\n".join(requirements))
