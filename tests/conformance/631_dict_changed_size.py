d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
for k in d.keys():
    d[k] = 5
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
