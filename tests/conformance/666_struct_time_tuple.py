# time.struct_time is a tuple subclass with named fields (and tm_zone/tm_gmtoff outside
# the tuple), so it unpacks, slices, compares and hashes as a tuple.
import time

st = time.gmtime(86400 * 366 + 3723)
print(st)
print(isinstance(st, tuple), len(st), st[0], st[-1], st[1:4])
print(st.tm_year, st.tm_yday, st.tm_zone, st.tm_gmtoff)
year, month, *rest = st
print(year, month, rest)
print(st == tuple(st), hash(st) == hash(tuple(st)), st + (1,))
made = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, "UTC", 0))
print(made, made.tm_zone, made.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S", made), time.asctime(made))
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
for v in [float("nan"), 1e300]:
    try:
        time.gmtime(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields)
