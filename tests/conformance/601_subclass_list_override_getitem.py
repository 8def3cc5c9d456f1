class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v * 10)
    def __len__(self):
        return 100
l = Logged([1, 2, 3])
print(l[1])
l[0] = 5
print(list.__len__(l), len(l), l)
print(list.__getitem__(l, 0))
