# Half of a cross-thread import cycle (004_concurrent_imports.py).
import time

time.sleep(0.05)
import imp_cycle_a  # noqa: E402

B = 2
