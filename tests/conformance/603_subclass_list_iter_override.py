class Rev(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))
    def __contains__(self, x):
        return x == "magic"
r = Rev([1, 2, 3])
print(list(r), [x for x in r], "magic" in r, 1 in r, sorted(r), tuple(r))
a, b, c = r
print(a, b, c, list.__contains__(r, 1))
