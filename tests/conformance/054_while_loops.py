def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 15)])
i = 0
total = 0
while True:
    i += 1
    if i % 2:
        continue
    total += i
    if i > 20:
        break
print(i, total)
n = 10
while n:
    n -= 3
    if n < 0:
        print("negative", n)
        break
else:
    print("clean exit")
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
