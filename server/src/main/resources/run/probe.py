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
           "cores": os.cpu_count()}, sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
