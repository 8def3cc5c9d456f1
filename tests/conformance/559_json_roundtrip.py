import json
doc = {
    'users': [
        {'id': 1, 'name': 'Ann', 'roles': ['admin', 'dev'], 'active': True, 'score': 9.5},
        {'id': 2, 'name': 'Bob', 'roles': [], 'active': False, 'score': None},
    ],
    'meta': {'count': 2, 'ratio': 0.3333333333333333, 'big': 10 ** 20},
}
s = json.dumps(doc, indent=2, sort_keys=True)
print(s)
back = json.loads(s)
print(back == doc, back['users'][0]['roles'], back['meta']['big'])
compact = json.dumps(doc, separators=(',', ':'))
print(len(compact), compact[:60])
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: o.__dict__))
print(json.dumps({'z': 1, 'a': {'c': 2, 'b': 3}}, sort_keys=True, indent=1))
