import os.path.join as j
from . import sibling
from .. import parent
from .pkg.mod import thing as t, other
from os import *


def local_import():
    import json
    from collections import deque
    return json, deque
