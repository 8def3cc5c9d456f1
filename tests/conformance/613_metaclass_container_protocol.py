class Registry(type):
    def __iter__(cls):
        return iter(cls._items)
    def __len__(cls):
        return len(cls._items)
    def __getitem__(cls, k):
        return cls._items[k]
    def __contains__(cls, x):
        return x in cls._items
    def __repr__(cls):
        return f"<registry {cls.__name__}>"
class Colors(metaclass=Registry):
    _items = ["red", "green"]
print(list(Colors), len(Colors), Colors[1], "red" in Colors, "blue" in Colors, Colors, bool(Colors))
print(sorted(Colors), [c.upper() for c in Colors])
