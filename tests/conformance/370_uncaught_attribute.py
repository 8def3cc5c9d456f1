# an uncaught AttributeError on an int attribute
value = 10
print(value.real)
print(value.size)
