# NaN compares unequal to everything, including itself; containers use identity first
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0)
print(nan in [nan], nan in (nan,))
print(max(1, nan), max(nan, 1), min(nan, 2), sorted([3, 1, 2])[0])
inf = float('inf')
print(inf == inf, inf > 10 ** 20, -inf < -10 ** 20, inf - inf, inf * 0, inf / inf)
print(nan is nan)
import math
print(math.isnan(nan), math.isinf(inf), math.isfinite(1.0), math.isnan(inf * 0))
print(repr(-nan), abs(-inf), -(-inf))
