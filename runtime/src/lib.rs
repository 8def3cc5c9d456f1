//! OS-facing concurrency for Skein: the global lock, OS threads, interruptible waits, signals, the reactor and child processes. Knows nothing of Python objects.
