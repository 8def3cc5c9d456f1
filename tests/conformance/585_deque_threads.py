import threading
from collections import deque
d = deque()
def producer(base):
    for i in range(2000):
        d.append(base + i)
threads = [threading.Thread(target=producer, args=(k * 10000,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), sorted(d) == sorted(k * 10000 + i for k in range(4) for i in range(2000)))
taken = []
lock = threading.Lock()
def consumer():
    while True:
        try:
            v = d.popleft()
        except IndexError:
            return
        with lock:
            taken.append(v)
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs:
    t.start()
for t in cs:
    t.join()
print(len(taken), len(set(taken)), len(d))
print(type(d).__name__, deque.__module__, repr(deque([1], 5)), deque(maxlen=2).maxlen)
