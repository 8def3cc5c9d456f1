# Shared counter: += from two threads may lose updates with the lock off (as in free-threaded CPython), never with a Lock; list.append never loses one.
import threading

N = 200_000
counter = 0
locked_counter = 0
lock = threading.Lock()
appended = []


def work():
    global counter, locked_counter
    for _ in range(N):
        counter += 1
        with lock:
            locked_counter += 1
        appended.append(1)


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("with a lock:", locked_counter == 2 * N)
print("list.append:", len(appended) == 2 * N)
print("bare += kept every update:", counter == 2 * N, "(always with the lock on; not guaranteed off)")
