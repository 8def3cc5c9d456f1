class Bad(Exception):
    pass
def level3():
    raise Bad("deep problem")
def level2():
    level3()
def level1():
    try:
        level2()
    finally:
        print("cleanup in level1")
level1()
