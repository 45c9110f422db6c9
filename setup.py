"""Build hook: compile the tidy layout (kamdesk/graph/tidy_walk.py, tidy_flat.py) with Cython.

Everything else about the package is in pyproject.toml. The walks are plain Python typed for
Cython by tidy_walk.pxd; compiled, a layout runs several times faster. A machine without a C
compiler (or a failed compile) still installs: kamdesk then runs the same walks as Python,
and ``kamdesk --version`` says which. KAMDESK_PURE_PYTHON=1 skips the compile.
"""

from __future__ import annotations

import os
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """A compile that fails is a warning, not a failed install: the extension is then
    left out of what is copied and installed."""

    def build_extension(self, ext: Extension) -> None:
        if self.compiler.compiler_type == "unix":
            # no fused multiply-add: the compiled walks give the very numbers Python gives
            ext.extra_compile_args = [*ext.extra_compile_args, "-ffp-contract=off"]
        try:
            super().build_extension(ext)
        except Exception as error:  # noqa: BLE001 - any compiler failure: run as Python
            print(f"kamdesk: not compiled ({error}); the layout runs as Python",
                  file=sys.stderr)
            self.extensions = [e for e in self.extensions if e is not ext]

    def get_outputs(self) -> list[str]:
        return [path for path in super().get_outputs() if os.path.exists(path)]


def extensions() -> list[Extension]:
    if os.environ.get("KAMDESK_PURE_PYTHON"):
        return []
    try:
        from Cython.Build import cythonize

        return cythonize(
            [Extension("kamdesk.graph.tidy_walk", ["kamdesk/graph/tidy_walk.py"]),
             Extension("kamdesk.graph.tidy_flat", ["kamdesk/graph/tidy_flat.py"])],
            compiler_directives={"language_level": 3, "annotation_typing": False},
            quiet=True, force=True)  # force: the .c also depends on these directives
    except Exception as error:  # noqa: BLE001 - no Cython or a failed translation
        print(f"kamdesk: not compiled ({error}); the layout runs as Python", file=sys.stderr)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
