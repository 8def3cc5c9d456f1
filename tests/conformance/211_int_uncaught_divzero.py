# an uncaught ZeroDivisionError from integer modulo inside a function
def ratio(a, b):
    return a % b

print(ratio(7, 3))
print(ratio(7, 0))
