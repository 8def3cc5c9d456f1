class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"
print(Box[int], Box["x"], Box[Box])
class Sub(Box): pass
print(Sub[str])
