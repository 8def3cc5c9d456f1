class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(sorted(Plugin.registry), A.plugin_name, B.plugin_name)
try:
    class C(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
