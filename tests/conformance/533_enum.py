from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color['RED'], Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(list(Color.__members__), isinstance(Color.RED, Color), type(Color.RED).__name__)
print([c.name for c in Color.__members__.values()])
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
class Level(IntEnum):
    LOW = 1
    HIGH = 10
print(Level.LOW, repr(Level.HIGH), Level.LOW < Level.HIGH, Level.HIGH == 10, Level.LOW + 1)
class Step(Enum):
    A = auto()
    B = auto()
    C = auto()
print(Step.A.value, Step.C.value, repr(Step.B))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
d = {Color.RED: 'r'}
print(d[Color.RED], f'{Color.GREEN}', '%s' % Color.BLUE)
