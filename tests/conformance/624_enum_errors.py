from enum import Enum, unique
class Color(Enum):
    RED = 1
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["NOPE"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class WithMissing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        return cls.A if str(value).lower() == "a" else None
print(WithMissing("A"), WithMissing("a"))
