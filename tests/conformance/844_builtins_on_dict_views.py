# builtins applied to dict keys/values/items: len, sorted, sum, min/max, list, in, enumerate
d = {'b': 2, 'a': 1, 'c': 3}
print(len(d.keys()), sorted(d.keys()), sum(d.values()), max(d.values()), min(d.items()), list(d.items())[0], 'a' in d.keys(), 3 in d.values(), ('c', 3) in d.items())
print(list(enumerate(d)), sorted(d.items(), key=lambda kv: kv[1], reverse=True), dict(zip(d.values(), d.keys())), any(v > 2 for v in d.values()))
