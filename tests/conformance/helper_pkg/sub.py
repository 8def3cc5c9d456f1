from . import name as parent_name
value = "sub value of " + parent_name
