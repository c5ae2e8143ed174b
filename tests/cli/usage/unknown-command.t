# a misspelt command: the nearest one
$ coop paybout
! coop: error: 'paybout' is not a coop command; did you mean 'payout'?
[2]
