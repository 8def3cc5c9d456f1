# sequence repetition with zero, negative, bool and __index__ counts, and the errors
class Three:
    def __index__(self):
        return 3
print([1, 2] * 0, [1] * -3, 'ab' * -1, (1,) * 2, 'x' * True, [0] * False, (None,) * 3)
for fn in [lambda: [1] * 1.5, lambda: 'a' * 'b', lambda: [1] * [2], lambda: (1,) * None, lambda: 'a' * (2 ** 100)]:
    try:
        fn()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
