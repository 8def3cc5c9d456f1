# list copying vs aliasing: [x]*n shares, slices copy, list() copies
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, [3]]
b = a[:]
c = list(a)
d = a.copy()
a[0] = 99
a[2].append(4)
print(a, b, c, d, b[2] is a[2])
e = a
e.append('x')
print(a is e, len(a))
def mutate(lst):
    lst.append('m')
    lst = ['rebound']
    return lst
orig = []
print(mutate(orig), orig)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2))
