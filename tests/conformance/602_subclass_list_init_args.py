class Tagged(list):
    def __init__(self, items, tag="none"):
        super().__init__(items)
        self.tag = tag
    def __repr__(self):
        return f"Tagged({list.__repr__(self)}, tag={self.tag!r})"
t = Tagged(range(3), tag="abc")
print(t, t.tag, len(t), str(t), [t])
t.extra = 1
print(t.extra, sorted(vars(t).items()))
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
