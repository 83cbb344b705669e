# expect: line 2, column 6: a from __future__ import is not supported
from __future__ import annotations
