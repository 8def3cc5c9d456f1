CONST = 42
def greet(who):
    return "hi " + who
if __name__ == "__main__":
    print("should not print on import")
