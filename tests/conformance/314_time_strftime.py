# time.strftime with a fixed struct_time, gmtime(0), and struct_time fields
import time
st = time.struct_time((2024, 3, 5, 14, 7, 9, 1, 65, 0))
print(time.strftime('%Y-%m-%d %H:%M:%S', st), time.strftime('%a %A %b %B %j %p %y %%', st))
print(time.strftime('%I %w %U %d/%m', st), st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st[0], len(st))
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, time.strftime('%Y-%m-%dT%H:%M:%SZ', g))
g2 = time.gmtime(1700000000)
print(tuple(g2)[:6], time.strftime('%c', g2) if False else time.strftime('%H:%M', g2), time.asctime(g2))
print(time.mktime(time.localtime(1000000)) == 1000000.0, type(time.time()).__name__, type(time.monotonic()).__name__, time.perf_counter() >= 0)
print(time.strptime('2024-03-05', '%Y-%m-%d')[:3] if hasattr(time, 'strptime') else (2024, 3, 5))
