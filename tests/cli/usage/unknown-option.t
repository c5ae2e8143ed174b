# a misspelt option: the nearest one
$ coop log 2h x --projet web
! coop: error: unknown option '--projet'; did you mean '--project'?
[2]
