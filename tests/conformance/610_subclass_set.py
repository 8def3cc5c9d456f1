class Tags(set):
    def add(self, x):
        super().add(x.lower())
t = Tags()
t.add("A"); t.add("a"); t.add("B")
print(sorted(t), len(t), "a" in t, isinstance(t, set), type(t).__name__)
print(Tags([1, 2]), Tags(), sorted(t | {"c"}), frozenset({1}) == frozenset([1]))
class FS(frozenset):
    pass
print(FS([3]), hash(FS([1, 2])) == hash(frozenset([1, 2])))
