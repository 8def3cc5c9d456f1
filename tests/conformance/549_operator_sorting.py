from operator import itemgetter, attrgetter
rows = [{'name': 'bob', 'age': 30}, {'name': 'al', 'age': 25}, {'name': 'cy', 'age': 30}]
print([r['name'] for r in sorted(rows, key=itemgetter('age'))])
print([r['name'] for r in sorted(rows, key=itemgetter('age', 'name'), reverse=True)])
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
print(sorted(pairs, key=itemgetter(0)), max(pairs, key=itemgetter(1)), list(map(itemgetter(1), pairs)))
class E:
    def __init__(self, name, dept):
        self.name, self.dept = name, dept
    def __repr__(self):
        return self.name
es = [E('x', 'b'), E('y', 'a'), E('z', 'b')]
print(sorted(es, key=attrgetter('dept', 'name')), min(es, key=attrgetter('name')))
try:
    attrgetter('missing')(es[0])
except AttributeError as e:
    print('AttributeError:', e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError:', e)
