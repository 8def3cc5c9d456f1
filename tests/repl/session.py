1+1
x=5
x*2
for i in range(2):
    i

print("hi")
1/0
def f(a):
    return a*3

f(4)
_
if x:

import sys
sys.ps1 = "% "
(1,

2)
exit(3)
