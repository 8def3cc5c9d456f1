names = ["Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "KeyError", "IndexError",
         "ValueError", "UnicodeError", "TypeError", "AttributeError", "NameError", "UnboundLocalError", "RuntimeError",
         "RecursionError", "NotImplementedError", "OSError", "FileNotFoundError", "PermissionError", "TimeoutError",
         "ConnectionError", "BrokenPipeError", "ConnectionResetError", "StopIteration", "StopAsyncIteration",
         "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ImportError", "ModuleNotFoundError", "AssertionError",
         "EOFError", "MemoryError", "BufferError", "Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning",
         "SyntaxError", "IndentationError", "TabError", "SystemError", "ReferenceError", "FloatingPointError",
         "ChildProcessError", "ProcessLookupError", "InterruptedError", "BlockingIOError", "IsADirectoryError"]
for n in names:
    cls = eval(n) if False else __builtins__.__dict__[n] if hasattr(__builtins__, "__dict__") else None
    base = cls.__bases__[0].__name__
    print(n, base, issubclass(cls, Exception), issubclass(cls, BaseException))
print(IOError is OSError, EnvironmentError is OSError)
