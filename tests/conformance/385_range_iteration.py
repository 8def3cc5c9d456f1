# range iteration forwards/backwards, empty ranges, membership and indexing with negatives
print(list(range(10, 0, -3)), list(range(0, -10, -4)), list(range(5, 5)), list(range(5, 0)), list(range(-3)))
r = range(-10, 10, 3)
print(len(r), r[0], r[-1], r[-3], list(r[::-1]), list(r[1:-1:2]), -10 in r, -9 in r, 8 in r, 11 in r)
print(list(range(3))[::-1] == list(reversed(range(3))), sum(range(0, 100, 7)), max(range(1, 50, 6)), min(range(9, 0, -2)))
total = 0
for i in range(3):
    for j in range(i, 3):
        total += i * j
print(total, [i for i in range(20) if i % 6 == 0], range(0, 10, 2)[2:])
