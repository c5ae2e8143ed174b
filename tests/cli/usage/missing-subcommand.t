# a command of commands, alone: which ones it has
$ coop member
! coop: error: coop member needs a command: add, leave or list; see 'coop help member'
[2]
