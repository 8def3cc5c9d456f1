class C:

pass
