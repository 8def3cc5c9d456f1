from enum import Enum, IntEnum, auto, unique
class State(Enum):
    IDLE = 'idle'
    RUNNING = 'running'
    DONE = 'done'
s = State('running')
print(s, s.value, s is State.RUNNING, s in {State.RUNNING}, State.IDLE != State.DONE)
print({State.IDLE: 0}[State.IDLE], sorted(State.__members__), State['DONE'].value)
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.HIGH, int(Prio.MID), Prio.LOW + Prio.HIGH, sorted([Prio.HIGH, Prio.LOW]), Prio(2))
print([p.name for p in sorted([Prio.HIGH, Prio.LOW, Prio.MID])], Prio.MID == 2, Prio.MID > 1)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape.__members__))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
try:
    State('nope')
except ValueError as e:
    print('ValueError:', e)
print(State.IDLE.name.lower(), repr(State.DONE), type(State.DONE).__name__)
