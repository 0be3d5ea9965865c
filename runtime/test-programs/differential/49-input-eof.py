# pins: input() with no stdin data raises EOFError (as `python main.py < /dev/null`).
try:
    name = input("name? ")
except EOFError:
    print()
    print("no input")
