# a misspelt global option before the command
$ coop --formt json validate
! coop: error: unknown option '--formt'; did you mean '--format'?
[2]
