# a --format the command cannot write is a usage error, not silently ignored
$ coop validate --format csv
! coop: error: coop validate writes --format table or json, not 'csv'
[2]
