class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n * 10
async def child(n):
    r = await Sleep(n)
    return r + 1
async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]
def run(coro):
    log = []
    try:
        while True:
            log.append(coro.send(None))
    except StopIteration as e:
        return e.value, log
print(run(parent()))
class AsyncCtx:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= 3:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(0)
        return self.i
async def main():
    async with AsyncCtx() as c:
        print("inside", type(c).__name__)
    out = []
    async for x in AIter():
        out.append(x)
    return out
print(run(main()))
c = child(5)
print(type(c).__name__)
print(run(c))
