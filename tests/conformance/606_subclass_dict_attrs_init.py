class Config(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
c = Config("cfg", debug=True, level=3)
print(c.name, c.debug, c.level, c, sorted(c.keys()), c.__dict__)
c.update(level=4)
print(c["level"], c.copy(), type(c.copy()).__name__)
print(c == {"debug": True, "level": 4}, {"debug": True, "level": 4} == c)
