def parse(s):
    return int(s)
try:
    parse("x")
except ValueError:
    print("handling")
    data = {}
    data["key"]
