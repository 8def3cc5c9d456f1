# sys.version_info, sys.float_info and sys.int_info are struct sequences: tuples whose
# items also have names.
import sys

v = sys.version_info
print(v)
print(v.major, v.minor, v.releaselevel, v.serial, v[0], v[:2], len(v))
print(v >= (3, 8), v < (3, 12), v == (3, 11, 7, 'final', 0), tuple(v)[:3])
major, minor, *rest = v
print(major, minor, rest)
print(isinstance(v, tuple), type(v).__name__, type(v).__module__, type(v))
print(hash(v) == hash(tuple(v)), v.n_fields, v.n_sequence_fields, v.n_unnamed_fields)
print("%d.%d" % v[:2], "{0.major}.{0.minor}".format(v))
try:
    type(v)((1, 2, 3, 4, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
f = sys.float_info
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.max_exp, f.min_exp, f.max_10_exp, f.min_10_exp, f.radix, f.rounds)
print(f)
print(sys.int_info)
print(sys.int_info.default_max_str_digits == sys.get_int_max_str_digits())
