# itertools argument errors
import itertools as it
for fn in [lambda: it.islice('a', -1), lambda: it.islice('a', 0, 1, 0), lambda: it.combinations('a', -1),
           lambda: it.permutations('a', -1), lambda: it.repeat(), lambda: it.tee('a', -1), lambda: it.islice('a', 'x'),
           lambda: it.count('a'), lambda: it.product('a', repeat=-1), lambda: list(it.starmap(pow, [1])), lambda: it.chain(1).__next__()]:
    try:
        print(fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
