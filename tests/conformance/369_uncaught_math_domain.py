# an uncaught ValueError from math.sqrt of a negative number
import math
print(math.sqrt(16))
print(math.sqrt(-1))
