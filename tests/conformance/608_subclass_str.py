class Name(str):
    def greet(self):
        return "hello " + self
n = Name("ada")
print(n, n.greet(), n.upper(), len(n), n[0], n + "!", "-".join([n, n]), repr(n), f"{n:>5}|")
print(isinstance(n, str), type(n).__name__, type(str(n)).__name__, n == "ada", {"ada": 1}[n], "d" in n)
class Loud(str):
    def __str__(self):
        return self.upper()
print(Loud("hi"), str(Loud("hi")), "%s" % Loud("x"))
