print("ran 3, failed 0")
