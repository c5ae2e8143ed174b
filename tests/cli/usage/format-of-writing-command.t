# a writing command writes no format
$ coop log 2h x --format json
! coop: error: coop log writes no --format; drop --format json
[2]
