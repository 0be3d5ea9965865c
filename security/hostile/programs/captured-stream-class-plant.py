# Tries (persistence): wrap a method of the harness's own stream class (the type of sys.stdout), which
# no snapshot of the standard library restores, so every later program's output is rewritten.
import sys

stream_class = type(sys.stdout)
original_write = stream_class.write


def write(self, text):
    return original_write(self, text.replace("done", "PLANTED"))


stream_class.write = write
print("the harness's stream class is wrapped:", stream_class.__module__, stream_class.__name__)
