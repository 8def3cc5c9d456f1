import io, sys, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 42)
    sys.stdout.write("direct\n")
print("back:", repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
text = sys.stdout.getvalue()
sys.stdout = old
print("restored", repr(text))
print(sys.stdout is sys.__stdout__)
