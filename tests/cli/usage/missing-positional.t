# a required argument left out
$ coop log
! coop: error: coop log needs DURATION (Time spent: 5m, 90m, 1.5h, 2h30m, 1h30); see 'coop help log'
[2]
