# str.format alignment table with mixed types, fill characters and grouping
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 1234567, 1234.5678)]
print('{:<10}|{:>10}|{:^12}|'.format('name', 'qty', 'price'))
for name, qty, price in rows:
    print('{:<10}|{:>10,}|{:^12.2f}|'.format(name, qty, price))
    print('{0:*^10}|{1:_>+10}|{2:=+12.1e}|'.format(name, qty, price))
print('{:>8.3s}|{:<6d}|{:06.2f}|{:+#x}|{:o}'.format('truncate', 42, 3.14159, 255, 8))
print('{:c}{:c}'.format(72, 105), '{:%}'.format(1 / 8), '{:.0%}'.format(0.5), '{:e}'.format(0), '{:g}'.format(1e-10))
