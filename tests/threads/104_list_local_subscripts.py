# Threads read and write one shared list through local variables (the subscript
# superinstructions) while another grows and shrinks it: each thread owns one slot, so
# every count is exact; reads of the first items never fail while the tail changes.
import threading

counts = [0] * 4 + [1.0] * 4
stop = []


def bump(k):
    b = counts
    i = k
    for _ in range(20000):
        b[i] += 1
        b[k + 4] *= 1.0
        if b[0] < 0 or b[i] < 0:
            print("bad read")


def churn():
    b = counts
    n = 0
    while not stop:
        b.append(n)
        b.append(-n)
        b.pop()
        b.pop()
        n += 1


c = threading.Thread(target=churn)
c.start()
workers = [threading.Thread(target=bump, args=(k,)) for k in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
stop.append(True)
c.join()
print(counts)
