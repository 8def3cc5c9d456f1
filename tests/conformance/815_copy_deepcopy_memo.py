# deepcopy keeps sharing structure inside one call; memo dict can be passed in
import copy
inner = [1]
outer = [inner, (inner, inner), {'k': inner}]
c = copy.deepcopy(outer)
print(c[0] is c[1][0] is c[1][1] is c[2]['k'], c[0] is inner)
memo = {}
a = copy.deepcopy(inner, memo)
b = copy.deepcopy(inner, memo)
print(a is b, a is inner)
t = ([], [])
t2 = copy.deepcopy(t)
print(t2 == t, t2 is t, t2[0] is t[0])
frozen = (1, 'a', (2, 3))
print(copy.deepcopy(frozen) is frozen)
