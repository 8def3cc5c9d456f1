# json.decoder: the names CPython keeps here (JSONDecodeError, JSONDecoder), defined in json.

from json import JSONDecodeError, JSONDecoder

__all__ = ['JSONDecoder', 'JSONDecodeError']
