# textwrap: dedent, indent, and CPython's TextWrapper (wrap, fill, shorten) with its word
# splitting done by hand instead of the wordsep regular expressions.


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


_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, i):
    # (?=-{2,}\w) at i.
    n = len(text)
    k = i
    while k < n and text[k] == '-':
        k += 1
    return k - i >= 2 and k < n and _is_word(text[k])


def _match_chunk(text, p):
    # The end of CPython's wordsep_re match at p (it always matches there).
    n = len(text)
    if text[p] in _whitespace:
        q = p
        while q < n and text[q] in _whitespace:
            q += 1
        return q
    if text[p] == '-' and p > 0 and _is_word_punct(text[p - 1]):
        k = p
        while k < n and text[k] == '-':
            k += 1
        if k - p >= 2 and k < n and _is_word(text[k]):
            return k
    q = p + 1
    while True:
        # hyphenated word: -(?:(?<=letter{2}-)|(?<=letter-letter-))(?=letter-?letter)
        if q < n and text[q] == '-':
            behind = (q >= 2 and _is_letter(text[q - 1]) and _is_letter(text[q - 2])) or \
                     (q >= 3 and _is_letter(text[q - 1]) and text[q - 2] == '-' and _is_letter(text[q - 3]))
            if behind and q + 1 < n and _is_letter(text[q + 1]):
                if (q + 2 < n and _is_letter(text[q + 2])) or \
                        (q + 3 < n and text[q + 2] == '-' and _is_letter(text[q + 3])):
                    return q + 1
        if q >= n or text[q] in _whitespace:
            return q
        if _is_word_punct(text[q - 1]) and _dash_run_then_word(text, q):
            return q
        q += 1


def _expand_tabs(text, tabsize):
    out = []
    col = 0
    for c in text:
        if c == '\t':
            if tabsize > 0:
                pad = tabsize - col % tabsize
                out.append(' ' * pad)
                col += pad
        else:
            out.append(c)
            col = 0 if c in '\n\r' else col + 1
    return ''.join(out)


class TextWrapper:
    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = _expand_tabs(text, self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        chunks = []
        p = 0
        n = len(text)
        while p < n:
            if self.break_on_hyphens is True:
                q = _match_chunk(text, p)
            else:
                ws = text[p] in _whitespace
                q = p + 1
                while q < n and (text[q] in _whitespace) == ws:
                    q += 1
            chunks.append(text[p:q])
            p = q
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if c and c[-1] in '"\'':
                c = c[:-1]
            if chunks[i + 1] == ' ' and len(c) >= 2 and c[-1] in '.!?' and c[-2] in 'abcdefghijklmnopqrstuvwxyz':
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk[:space_left].rfind('-')
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                ln = len(chunks[-1])
                if cur_len + ln <= width:
                    cur_line.append(chunks.pop())
                    cur_len += ln
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))
