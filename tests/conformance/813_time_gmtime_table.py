# time.gmtime over a table of timestamps, with strftime and struct_time fields
import time
for ts in [0, 1, 59, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000, 2000000000, 4102444800, -1, -86401]:
    g = time.gmtime(ts)
    print(ts, tuple(g), time.strftime('%Y-%m-%d %H:%M:%S %a %j %U', g))
print(time.gmtime(1.9)[:6], time.gmtime(-1.5)[:6])
