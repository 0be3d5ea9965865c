# pins: sys.exit("message") prints the message to stderr and exits with code 1.
import sys

print("before")
sys.exit("fatal: giving up")
