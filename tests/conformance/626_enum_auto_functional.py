from enum import Enum, auto, StrEnum
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.B.upper(), S.A == "a", repr(S.B), f"[{S.B}]")
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.CAT)
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(Shape(3), Shape.SQUARE.value)
