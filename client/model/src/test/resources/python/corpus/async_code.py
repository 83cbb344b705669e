import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(0)
        print(name, item)


async def gather():
    results = [await asyncio.sleep(0, x) for x in range(3)]
    async for chunk in stream():
        results.append(chunk)
    return results


async def stream():
    for i in range(3):
        yield i


async def agen_comp(src):
    return [x async for x in src]


asyncio.run(gather())
