from .helper import X
print("sub", __name__, __package__, X)
raise SystemExit(4)
