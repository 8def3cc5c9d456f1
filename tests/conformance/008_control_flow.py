for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("else ran", i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
x = 5
print("big" if x > 3 else "small", x > 3 and x < 10, x < 3 or x == 5, not x)
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 or None or "", 3 and 0)
if x:
    print("truthy")
elif x == 0:
    print("zero")
else:
    print("other")
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print(list(range(10, 0, -3)), list(range(-5)), range(1, 10, 2)[2], len(range(0, 100, 7)))
