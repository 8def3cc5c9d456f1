from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents > other.cents
    def __repr__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
a, b, c = Money(150), Money(99), Money(150)
print(a > b, a < b, a >= c, a <= c, b <= a, sorted([a, b, c]), min(a, b))
print(Money.__lt__.__name__, Money.__le__.__name__)
try:
    a < 5
except TypeError as e:
    print('TypeError:', e)
