# tuples as records: sorting, comparison, unpacking in loops, tuple() of generators
people = [('Ann', 31, 'NY'), ('Bob', 25, 'LA'), ('Cid', 31, 'SF'), ('Dee', 25, 'NY')]
for name, age, city in sorted(people, key=lambda p: (-p[1], p[0])):
    print(f'{name:4}{age:3} {city}')
print(max(people, key=lambda p: p[1]), sorted(people)[0], tuple(p[0] for p in people), tuple(zip(*people))[1])
print((1, 2) + (3,), (1,) * 3, tuple('abc') == ('a', 'b', 'c'), (1, (2, 3))[1][0], len(((),)), ((1, 2),) < ((1, 3),))
