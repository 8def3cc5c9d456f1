f(**kwargs, *args)
