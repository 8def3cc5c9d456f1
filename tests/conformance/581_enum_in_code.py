from enum import Enum, IntEnum
class Op(Enum):
    ADD = '+'
    SUB = '-'
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
    @classmethod
    def parse(cls, s):
        return cls(s)
print(Op.ADD.apply(2, 3), Op.parse('-').apply(2, 3), Op.SUB.name, Op('+'))
class HTTP(IntEnum):
    OK = 200
    NOT_FOUND = 404
def describe(code):
    if code == HTTP.OK:
        return 'fine'
    return 'missing' if code == HTTP.NOT_FOUND else 'other'
print(describe(200), describe(HTTP.NOT_FOUND), describe(500), HTTP(404).name, f'{HTTP.OK:>5}')
print(str(HTTP.OK), repr(HTTP.OK), HTTP.OK.value + 1, {HTTP.OK: 'x'}[200] if hash(HTTP.OK) == hash(200) else None)
