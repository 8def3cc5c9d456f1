# random: CPython's Random API over the native _random generators (CPython's Mersenne Twister and
# seeding, so random.seed(n) gives CPython's sequence); module functions use one shared instance.

import _random
from math import log as _log, exp as _exp, sqrt as _sqrt, pi as _pi, cos as _cos, sin as _sin, acos as _acos

__all__ = ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange',
           'shuffle', 'gauss', 'choices', 'getrandbits', 'randbytes', 'expovariate',
           'normalvariate', 'triangular', 'betavariate', 'SystemRandom', 'getstate', 'setstate',
           'lognormvariate', 'vonmisesvariate', 'paretovariate', 'weibullvariate', 'gammavariate']


def _int_arg(v, what):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        pass
    if isinstance(v, float) and v == int(v):
        return int(v)
    raise ValueError('non-integer %s for randrange()' % what)


class Random:
    def __init__(self, x=None):
        self._h = _random.new(x)

    def seed(self, a=None, version=2):
        _random.seed(self._h, a)

    def random(self):
        return _random.random(self._h)

    def getrandbits(self, k):
        return _random.getrandbits(self._h, k)

    def getstate(self):
        return _random.getstate(self._h)

    def setstate(self, state):
        _random.setstate(self._h, state)

    def randbytes(self, n):
        return _random.randbytes(self._h, n)

    def _randbelow(self, n):
        return _random.randbelow(self._h, n)

    def randrange(self, start, stop=None, step=1):
        istart = _int_arg(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            return _random.randrange(self._h, istart, None, 1, False)
        istop = _int_arg(stop, 'stop')
        istep = _int_arg(step, 'step')
        return _random.randrange(self._h, istart, istop, istep, step != 1)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return seq[_random.choice_index(self._h, len(seq))]

    def shuffle(self, x):
        if type(x) is list:
            _random.shuffle(self._h, x)
            return
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        if counts is not None:
            expanded = []
            for item, c in zip(population, counts):
                expanded.extend([item] * c)
            population = expanded
        n = len(population)
        return [population[i] for i in _random.sample_indexes(self._h, n, k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[i] for i in _random.choices_indexes(self._h, n, k)]
            cum_weights = []
            total = 0
            for w in weights:
                total = total + w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        return [population[i] for i in _random.choices_weighted(self._h, cum_weights, k)]

    def uniform(self, a, b):
        return _random.uniform(self._h, a, b)

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def gauss(self, mu=0.0, sigma=1.0):
        return _random.gauss(self._h, mu, sigma)

    def normalvariate(self, mu=0.0, sigma=1.0):
        nv_magicconst = 4 * _exp(-0.5) / _sqrt(2.0)
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = nv_magicconst * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return 2.0 * _pi * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % (2.0 * _pi)
        else:
            theta = (mu - _acos(f)) % (2.0 * _pi)
        return theta

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _log(4.0)
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + (1.0 + _log(4.5)) - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        while True:
            u = self.random()
            b = (2.718281828459045 + alpha) / 2.718281828459045
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta


class SystemRandom(Random):
    def random(self):
        import os
        return (int.from_bytes(os.urandom(7), 'big') >> 3) * 2.0 ** -53


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
gauss = _inst.gauss
expovariate = _inst.expovariate
betavariate = _inst.betavariate
gammavariate = _inst.gammavariate
getrandbits = _inst.getrandbits
getstate = _inst.getstate
setstate = _inst.setstate
lognormvariate = _inst.lognormvariate
vonmisesvariate = _inst.vonmisesvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
randbytes = _inst.randbytes
