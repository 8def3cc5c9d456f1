s = "héllo" + * 2
