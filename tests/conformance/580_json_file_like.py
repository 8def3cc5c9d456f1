import json
class Buf:
    def __init__(self, text=''):
        self.parts = [text]
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
b = Buf()
json.dump({'k': [1, 2], 'n': None}, b, indent=2)
print(b.read())
print(json.load(Buf('{"x": [true, 1.5]}')))
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'b': 1, 'a': [1, 2]}))
dec = json.JSONDecoder()
print(dec.decode('[1, "two"]'), dec.raw_decode('{"a": 1} trailing'))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder))
