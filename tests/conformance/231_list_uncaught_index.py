# an uncaught IndexError from list.pop on an empty list
stack = [1]
print(stack.pop())
stack.pop()
