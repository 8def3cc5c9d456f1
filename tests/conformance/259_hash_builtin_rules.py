# hash(): numbers of equal value hash equal; __eq__ without __hash__ makes a class unhashable
import sys
print(hash(1) == hash(1.0), hash(2 ** 100) == hash(float(2 ** 100)), hash(0.5) == hash(0.5))
print(hash(2 ** 61 - 1), hash(-1), hash(-2))
class Eq:
    def __eq__(self, o):
        return True
print(Eq.__hash__)
class Sub(Eq):
    __hash__ = object.__hash__
print(hash(Sub()) == hash(Sub()) or True, type(hash(Sub())).__name__)
print(hash(True), hash(False), hash(None) == hash(None), hash('') == hash(''))
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1})))
