class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kw)
        return Singleton._instances[cls]
class Db(metaclass=Singleton):
    def __init__(self, url):
        print("connect", url)
        self.url = url
a = Db("x")
b = Db("y")
print(a is b, a.url, type.__call__(Db, "z").url)
