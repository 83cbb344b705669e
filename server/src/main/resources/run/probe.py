"""Timeslice capability probe (docs/api-run.md): prints one JSON object describing this interpreter."""
import json
import os
import platform
import sys
import sysconfig

json.dump({"implementation": platform.python_implementation(),
           "version": platform.python_version(),
           "freeThreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
           "gilEnabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
           "cores": os.cpu_count(),
           # The interpreter itself: a configured "python3" may be a launcher script (pyenv's shim is a bash
           # script that forks and then execs), which would add its start-up to every measured run.
           "executable": os.path.realpath(sys.executable) if sys.executable else ""}, sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
