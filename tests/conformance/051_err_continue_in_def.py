while True:
    def f():
        continue
