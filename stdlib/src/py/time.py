# time: clocks, sleep and calendar conversions; the clocks and C calls are in the native `_time`.
import _time

time = _time.time
time_ns = _time.time_ns
monotonic = _time.monotonic
monotonic_ns = _time.monotonic_ns
perf_counter = _time.perf_counter
perf_counter_ns = _time.perf_counter_ns
process_time = _time.process_time
process_time_ns = _time.process_time_ns
thread_time = _time.thread_time
thread_time_ns = _time.thread_time_ns
sleep = _time.sleep

timezone, altzone, daylight, tzname = _time.tzinfo()

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value returned by gmtime(), localtime() and strptime(): a 9-tuple
    whose items are also named, plus tm_zone and tm_gmtoff (not in the tuple)."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = (seq[9] if len(seq) > 9 else None, seq[10] if len(seq) > 10 else None)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        parts = ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self))
        return 'time.struct_time(' + parts + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))


def _fields(t, now, fname=None):
    if t is None:
        return tuple(now()[:9])
    if isinstance(t, struct_time):
        return tuple(t)
    t = tuple(t)
    if len(t) != 9:
        if fname is not None:
            raise TypeError('%s(): illegal time tuple argument' % fname)
        raise TypeError('time.struct_time() takes a sequence of length 9')
    return t


def localtime(secs=None):
    return struct_time(_time.localtime(secs))


def gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def mktime(t):
    return _time.mktime(_fields(t, _time.localtime, 'mktime'))


def strftime(format, t=None):
    return _time.strftime(format, _fields(t, _time.localtime, 'strftime'))


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    f = _fields(t, _time.localtime, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    return asctime(localtime(secs))
