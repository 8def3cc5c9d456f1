name = "pkg"
