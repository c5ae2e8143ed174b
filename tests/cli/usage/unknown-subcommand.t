# a misspelt nested command: the nearest of that command's
$ coop member ad zoe
! coop: error: 'ad' is not a 'coop member' command; did you mean 'add'?
[2]
