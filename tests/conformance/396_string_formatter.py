# string.Formatter.format matches str.format for common fields
import string
f = string.Formatter()
print(f.format('{} + {} = {:>4}', 1, 2, 3), f.format('{name}:{0:03d}', 7, name='n'), f.format('{0[1]}{k[x]}', 'ab', k={'x': 'y'}))
print(f.vformat('{a}-{b!r}', (), {'a': 1, 'b': 'q'}), f.format('{:.2%}', 0.5), f.format('{{}}'))
