from collections import Counter
text = 'it was the best of times it was the worst of times'
c = Counter(text.split())
print(c.most_common(4))
print(c['times'], c['nope'], sum(c.values()), len(c))
letters = Counter(text.replace(' ', ''))
print(letters.most_common(3), sorted(letters)[:5])
inv = Counter(apples=3, pears=0)
inv['apples'] -= 1
inv['kiwis'] += 5
print(inv, list(inv.elements()))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
c1 = Counter('aab')
c1.update(Counter('abc'))
print(c1, c1 == Counter({'a': 3, 'b': 2, 'c': 1}), dict(c1))
