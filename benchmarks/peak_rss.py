"""Run a command and print its wall time and peak resident memory as JSON.

Linux charges a child with the memory high-water mark of the process it was forked from, so a
large benchmark driver would inflate the figure. This small, separate process does the forking.
"""

import json
import os
import subprocess
import sys
import time

started = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(
    json.dumps(
        {
            "seconds": time.perf_counter() - started,
            "peak_rss_mb": usage.ru_maxrss / 1024,
            "exit": os.waitstatus_to_exitcode(status),
        }
    )
)
