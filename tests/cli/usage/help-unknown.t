# coop help of a misspelt command
$ coop help paybout
! coop: error: 'paybout' is not a coop command; did you mean 'payout'?
[2]
