# json.encoder: the name CPython keeps here (JSONEncoder), defined in json.

from json import JSONEncoder

__all__ = ['JSONEncoder']
