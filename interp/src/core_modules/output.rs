//! Standard output: one write per `print` call (lines from several threads never splice),
//! block-buffered to a pipe or file, line-buffered to a terminal, unbuffered with `-u`.
//! A closed stdout (broken pipe) silently discards output, so scripts end quietly.

use std::fs::File;
use std::io::{IsTerminal, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

use parking_lot::Mutex;

pub struct Output {
    state: Mutex<OutState>,
}

struct OutState {
    buf: Vec<u8>,
    line_buffered: bool,
    unbuffered: bool,
    broken: bool,
}

const BLOCK: usize = 8192;

impl Default for Output {
    fn default() -> Self {
        Output::new()
    }
}

impl Output {
    pub fn new() -> Output {
        let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
        Output {
            state: Mutex::new(OutState {
                buf: Vec::new(),
                line_buffered: std::io::stdout().is_terminal(),
                unbuffered,
                broken: false,
            }),
        }
    }

    pub fn set_unbuffered(&self, on: bool) {
        self.state.lock().unbuffered = on;
    }

    pub fn write(&self, data: &[u8]) {
        let mut st = self.state.lock();
        if st.broken {
            return;
        }
        st.buf.extend_from_slice(data);
        let flush_now =
            st.unbuffered || st.buf.len() >= BLOCK || (st.line_buffered && data.contains(&b'\n'));
        if flush_now {
            flush_locked(&mut st);
        }
    }

    /// Whether writing `data` now would reach the file (so the caller may release the
    /// global lock around it). A hint read without ordering: a wrong guess only moves
    /// where the lock is released.
    pub fn flushes_on(&self, data: &[u8]) -> bool {
        let st = self.state.lock();
        st.unbuffered
            || st.buf.len() + data.len() >= BLOCK
            || (st.line_buffered && data.contains(&b'\n'))
    }

    pub fn flush(&self) {
        flush_locked(&mut self.state.lock());
    }
}

fn flush_locked(st: &mut OutState) {
    if st.buf.is_empty() || st.broken {
        st.buf.clear();
        return;
    }
    // SAFETY: fd 1 stays open for the life of the process; ManuallyDrop never closes it.
    let mut f = ManuallyDrop::new(unsafe { File::from_raw_fd(1) });
    if f.write_all(&st.buf).is_err() {
        st.broken = true;
    }
    st.buf.clear();
}
