# Tries (persistence): put a look-alike asyncio module into sys.modules, with a run() that announces
# itself, so later programs import the fake.
import asyncio
import sys
import types

fake = types.ModuleType("asyncio")
fake.__dict__.update({k: v for k, v in vars(asyncio).items() if k not in ("__name__",)})
real_run = asyncio.run


def run(main, **kwargs):
    print("PLANTED: a fake asyncio.run")
    return real_run(main, **kwargs)


fake.run = run
sys.modules["asyncio"] = fake
sys.modules["asyncio.runners"] = fake
print("asyncio in sys.modules replaced")
