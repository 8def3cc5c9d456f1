from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    def describe(self):
        return f"{self.name}={self.value}"
print(list(Color), len(Color), Color["RED"], Color(2), repr(Color.BLUE), str(Color.RED))
print(Color.RED.name, Color.RED.value, Color.ALIAS is Color.RED, Color.RED.describe())
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color, list(Color.__members__))
print(f"{Color.RED}", format(Color.GREEN, ">12"), Color.RED == Color.RED, Color.RED != Color.GREEN)
print({Color.RED: "r"}[Color.RED], [c.name for c in reversed(Color)])
