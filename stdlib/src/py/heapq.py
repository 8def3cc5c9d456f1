# heapq: a binary min-heap kept in a plain list (push, pop, heapify, replace, pushpop, nlargest, nsmallest, merge).


def _sift_up(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def _check(heap, fname='heap', multi=False):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fname, ' 1' if multi else '', type(heap).__name__))


def heappush(heap, item):
    _check(heap, 'heappush', True)
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    _check(heap, 'heapreplace', True)
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    _check(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    entries = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            entries.append((value, order, it))
            break
    keyf = (lambda v: v) if key is None else key
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a = keyf(entries[i][0])
            b = keyf(entries[best][0])
            if (b < a) if reverse else (a < b):
                best = i
        value, order, it = entries[best]
        yield value
        for nxt in it:
            entries[best] = (nxt, order, it)
            break
        else:
            del entries[best]
