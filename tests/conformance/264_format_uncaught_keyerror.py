# an uncaught KeyError from str.format with a missing named field
template = 'Hello {name}, you are {age}'
print(template.format(name='Ann', age=5))
print(template.format(name='Bob'))
