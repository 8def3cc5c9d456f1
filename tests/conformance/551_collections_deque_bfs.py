from collections import deque
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
print(bfs('a'))
window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
d = deque('abc')
d[1] = 'B'
del d[0]
print(d, d[-1], d.index('c'), deque([1, 2]) + deque([3]))
try:
    d[10]
except IndexError as e:
    print('IndexError:', e)
stack = deque()
stack.append(1); stack.append(2)
print(stack.pop(), stack.pop(), len(stack))
