class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def describe():
        return "temperature"
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit, Temp.from_f(212).celsius, Temp.describe(), t.describe())
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
class Sub(Temp):
    pass
print(type(Sub.from_f(32)).__name__, Sub.scale)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
Counter(); Counter()
print(Counter.instances)
