# an uncaught KeyError: the traceback shows the key's repr
config = {'host': 'localhost'}
print(config['host'])
print(config['port'])
