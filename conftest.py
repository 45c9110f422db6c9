"""Runs before anything imports Qt: tests draw offscreen, and never touch the user's files."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A workspace and settings of the test run's own, not the developer's:
_home = tempfile.mkdtemp(prefix="kamdesk-test-home-")
atexit.register(shutil.rmtree, _home, True)
os.environ["KAMDESK_WORKSPACE"] = os.path.join(_home, "workspace.kam")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
