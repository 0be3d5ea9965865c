print("[1.0s] toast is ready")
print("[1.5s] toast is out: call off the smoke alarm")
print("[1.5s] the loop has nothing left to do")
