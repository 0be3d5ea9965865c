# expect: output-limit
# prints without end; stopped once the output passes the limit
i = 0
while True:
    print("line", i, "x" * 60)
    i += 1
