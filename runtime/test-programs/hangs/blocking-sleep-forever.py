# expect: time-limit
# a blocking time.sleep longer than the limit, outside any event loop
import time

print("sleeping a day")
time.sleep(86400)
print("never printed")
