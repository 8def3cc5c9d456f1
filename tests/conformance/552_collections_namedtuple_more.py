from collections import namedtuple
Card = namedtuple('Card', 'rank suit')
deck = [Card(r, s) for s in 'SH' for r in '23']
print(deck)
print(sorted(deck, key=lambda c: c.rank)[0], deck[0].suit, deck.index(Card('3', 'S')))
Pt = namedtuple('Pt', ['x', 'y', 'z'], defaults=[0, 0])
print(Pt(1), Pt(1, 2, 3), Pt._make((4, 5, 6))._replace(z=9), Pt._fields)
d = {Pt(1): 'origin-ish'}
print(d[Pt(1, 0, 0)], Pt(1, 2) == (1, 2, 0), len(Pt(1)))
R = namedtuple('R', 'a b', rename=True)
print(R(1, 2).a)
a, *rest = Pt(7, 8, 9)
print(a, rest, Pt(1, 2, 3)._asdict())
