from enum import Flag, IntFlag
class P(Flag):
    R = 4
    W = 2
    X = 1
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, P.X in rw, bool(P.R & P.W), list(P), P(6) == rw)
class Perm(IntFlag):
    R = 4
    W = 2
print(Perm.R | Perm.W, int(Perm.R | 1), Perm.R == 4, Perm.W + 1)
