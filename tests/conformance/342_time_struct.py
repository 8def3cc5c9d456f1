# time.struct_time: fields, indexing, repr, gmtime/strftime directives
import time
st = time.gmtime(86400 * 365 + 3661)
print(st)
print(st.tm_year, st.tm_yday, st.tm_isdst, st[:3], list(st)[3:6], len(st))
for d in ['%Y', '%m', '%d', '%H', '%M', '%S', '%j', '%a', '%b', '%y', '%p', '%I', '%w', '%%', '%e' if False else '%d']:
    print(d, time.strftime(d, st))
print(time.strftime('%Y-%m-%d', time.gmtime(0)), time.strftime('%A, %B %d', time.gmtime(951782400)))
print(time.gmtime(-86400)[:3], time.gmtime(2 ** 31)[:6])
try:
    time.strftime('%Y', (2024,))
except TypeError as e:
    print(type(e).__name__, e)
