# a date after today is a usage error of coop log, named as a value, not a place in a file
$ coop log 1h x --date 2999-01-01 --as alice
! coop: error: the contribution is dated 2999-01-01, after today; record it on or after the day it happened
[2]
