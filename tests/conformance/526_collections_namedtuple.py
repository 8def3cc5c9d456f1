from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[1], len(p))
x, y = p
print(x, y, tuple(p), list(p))
print(p._asdict(), p._replace(x=100), Point._fields, Point._make([1, 2]))
print(p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)))
Emp = namedtuple('Emp', 'name age title', defaults=['staff'])
e = Emp('bob', 30)
print(e, e.title, Emp._field_defaults)
Color = namedtuple('Color', 'r, g, b')
print(Color(1, 2, 3), type(p).__name__)
try:
    p.x = 5
except AttributeError as ex:
    print('AttributeError')
try:
    Point(1)
except TypeError as ex:
    print('TypeError:', ex)
try:
    namedtuple('Bad', ['_x'])
except ValueError as ex:
    print('ValueError:', ex)
print(sorted([Point(2, 1), Point(1, 2)]))
