x = f"a }"
