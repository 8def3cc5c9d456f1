class Sleep:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Sleep()
        yield i * 10
async def main():
    out = [x async for x in agen(3)]
    g = agen(2)
    first = await g.__anext__()
    async for v in g:
        out.append(v)
    return out, first
c = main()
log = []
try:
    while True:
        log.append(c.send(None))
except StopIteration as e:
    print(e.value, log)
