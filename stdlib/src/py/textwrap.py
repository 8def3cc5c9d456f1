# textwrap: dedent, indent, wrap, fill and shorten (greedy wrapping on whitespace).


def _margin(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        if not line.strip(' \t'):
            continue
        m = _margin(line)
        if margin is None:
            margin = m
        elif m.startswith(margin):
            pass
        elif margin.startswith(m):
            margin = m
        else:
            k = 0
            while k < len(m) and k < len(margin) and m[k] == margin[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)


def wrap(text, width=70, initial_indent='', subsequent_indent='', break_long_words=True, **kwargs):
    if width <= 0:
        raise ValueError('invalid width %r (must be > 0)' % (width,))
    words = text.split()
    lines = []
    cur = []
    cur_len = 0
    for w in words:
        prefix = subsequent_indent if lines else initial_indent
        room = width - len(prefix)
        extra = len(w) + (1 if cur else 0)
        if cur and cur_len + extra > room:
            lines.append(prefix + ' '.join(cur))
            cur = []
            cur_len = 0
            prefix = subsequent_indent
            room = width - len(prefix)
        while break_long_words and len(w) > room and not cur:
            lines.append(prefix + w[:room])
            w = w[room:]
            prefix = subsequent_indent
            room = width - len(prefix)
        if w:
            cur_len += len(w) + (1 if cur else 0)
            cur.append(w)
    if cur:
        lines.append((subsequent_indent if lines else initial_indent) + ' '.join(cur))
    return lines


def fill(text, width=70, **kwargs):
    return '\n'.join(wrap(text, width, **kwargs))


def shorten(text, width, *, placeholder=' [...]', **kwargs):
    text = ' '.join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ''
    for w in words:
        cand = (out + ' ' + w) if out else w
        if len(cand) + len(placeholder) > width:
            break
        out = cand
    return out + placeholder if out else placeholder.lstrip()
