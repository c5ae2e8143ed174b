# an option at the end, without its value
$ coop log 2h x --kind
! coop: error: option '--kind' needs a value: --kind KIND
[2]
