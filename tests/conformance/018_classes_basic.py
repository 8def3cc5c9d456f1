class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return "small " + super(Puppy, self).speak()
a, d, p = Animal("a"), Dog("d"), Puppy("p")
for x in (a, d, p):
    print(x, x.speak(), x.kind, isinstance(x, Dog), type(x) is Puppy)
print(Animal.count, Puppy.__mro__, Puppy.__bases__, Dog.__name__, Puppy.__qualname__)
print(issubclass(Puppy, Animal), hasattr(d, "name"), getattr(d, "zzz", "default"))
setattr(d, "age", 3)
print(d.age, d.__dict__, vars(p))
del d.age
print(hasattr(d, "age"))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__, Empty.__module__)
try:
    e.missing
except AttributeError as err:
    print(err)
try:
    Empty(1)
except TypeError as err:
    print(err)
