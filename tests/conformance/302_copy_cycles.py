# copy.copy and copy.deepcopy with shared references, cycles, __copy__/__deepcopy__
import copy
a = [1, [2, 3]]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(4)
print(s, d, s[1] is a[1], d[1] is a[1])
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, c2)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
dd = {'k': {'n': [1]}}
dd2 = copy.deepcopy(dd)
dd2['k']['n'].append(2)
print(dd, dd2)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
n = Node(5)
n2 = copy.deepcopy(n)
print(n2.v, n2.next is n2, n2 is not n)
class Custom:
    def __copy__(self):
        return 'copied'
    def __deepcopy__(self, memo):
        return 'deep-copied'
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
