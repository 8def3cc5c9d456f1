class Config:
    debug = False
c = Config()
print(c.debug)
Config.debug = True
Config.level = 3
print(c.debug, c.level, Config.level)
def shout(self):
    return "HEY " + type(self).__name__
Config.shout = shout
print(c.shout())
class Sub(Config):
    pass
print(Sub().level, Sub().shout())
Config.level = 4
print(Sub.level)
del Config.level
print(hasattr(Sub, "level"), hasattr(Config, "debug"))
c.debug = "instance"
print(c.debug, Config.debug)
del c.debug
print(c.debug)
