# %-formatting table: widths, precision, flags and mapping keys over several rows
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 1234567, 1234.5678)]
for name, qty, price in rows:
    print('%-10s|%10d|%12.2f|%-+8d|%08.3f|%x|%e' % (name, qty, price, qty, price, qty, price))
    print('%(n)s costs %(p).1f (%(q)05d)' % {'n': name, 'p': price, 'q': qty})
print('%s %s' % ('only', 'two'), '%r' % 'q', '%5.1s|' % 'abc', '%-5c|' % 'z', '%+.3e' % -12345.678, '%#o %#X' % (8, 255))
print('%.3g %.3g %.3g %g %G' % (0.0001234, 123456, 1e-10, 1e20, 1e-20), '%i%%' % 50, '%s' % (1.0,), '%.2f' % 2.675)
