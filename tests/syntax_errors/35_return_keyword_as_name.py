def f():
    class = 1
