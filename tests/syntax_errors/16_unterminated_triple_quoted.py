x = 1
s = """hello
world
