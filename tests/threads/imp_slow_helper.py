# Imported by 004_concurrent_imports.py from several threads at once: the body runs once.
import time

print("imp_slow_helper body runs")
time.sleep(0.05)
VALUE = 42
