import threading
import queue as q
import os.path
import os.path as osp
from time import sleep
from random import randint as r, choice
from collections import (deque, OrderedDict,)

sleep(0.1)
q.Queue(maxsize=2)
