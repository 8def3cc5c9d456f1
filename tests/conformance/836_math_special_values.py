# math functions at infinities, nan and signed zeros
import math
inf, nan = math.inf, math.nan
for name in ['sqrt', 'exp', 'log1p', 'expm1', 'atan', 'tanh', 'sinh', 'cosh', 'asinh', 'fabs', 'floor_skip', 'erf', 'erfc']:
    if name == 'floor_skip':
        continue
    f = getattr(math, name)
    out = []
    for v in [inf, -inf, nan, 0.0, -0.0]:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out)
print(math.copysign(0.0, -1), math.hypot(inf, 1), math.hypot(nan, inf), math.pow(nan, 0), math.pow(1, nan), math.pow(-inf, -1), math.pow(0.0, inf))
print(math.fmod(inf, 1) if False else 'x', math.isnan(math.fmod(1, inf)) is False, math.fmod(1, inf), math.ldexp(inf, 5), math.frexp(inf))
