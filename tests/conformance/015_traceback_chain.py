class AppError(Exception):
    pass
def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise AppError("missing " + k) from e
def run():
    try:
        load({}, "x")
    except AppError:
        raise RuntimeError("giving up")
run()
