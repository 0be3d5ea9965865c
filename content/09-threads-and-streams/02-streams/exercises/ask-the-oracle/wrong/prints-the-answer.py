print(['Paris', '4', 'no idea'])
print(None)
