class A:
    def __init__(self, x):
        self.x = x
    @classmethod
    def create(cls, x):
        return cls(x)
    def show(self):
        return f"A({self.x})"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    @classmethod
    def create(cls, x):
        return super().create(x) if False else cls(x, x * 2)
    def show(self):
        return "B:" + super().show() + f"+{self.y}"
class C(B):
    def show(self):
        return "C:" + super(B, self).show()
print(B(1, 2).show(), C(3, 4).show(), B.create(5).show(), type(C.create(1)).__name__)
class D(A):
    def show(self):
        inner = lambda: super(D, self).show()
        return "D:" + inner()
print(D(9).show())
class E(A):
    def __init__(self):
        super().__init__(0)
    def __repr__(self):
        return f"E(x={self.x}, cls={__class__.__name__})"
print(repr(E()))
