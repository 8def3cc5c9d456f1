from collections import defaultdict
def tree():
    return defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
print(t['a']['b']['c'], sorted(t['a']), len(t))
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
print(dict(graph), graph[4], sorted(graph))
groups = defaultdict(set)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].add(len(word))
print(sorted((k, sorted(v)) for k, v in groups.items()))
dd = defaultdict(lambda: 'N/A', {'a': 'x'})
print(dd['a'], dd['b'], dict(dd))
