people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)), sorted(words, key=lambda w: w[::-1])[:3])
nums = [5, 2, 8, 1, 9, 3]
nums.sort(key=lambda n: n % 3)
print(nums)
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"P{self.v}"
print(sorted([P(3), P(1), P(2)]), max([P(3), P(7)]), min(P(4), P(2)))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]), sorted("Hello"))
