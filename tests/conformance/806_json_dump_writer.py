# json.dump writes to any object with write(); json.load reads from any object with read()
import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
s = Sink()
json.dump({'a': [1, 2], 'b': None}, s, indent=1)
text = ''.join(s.parts)
print(text)
print(json.load(Source(text)), json.load(Source('[true]')))
s2 = Sink()
json.dump('x', s2)
print(''.join(s2.parts))
