# a word near no command: where to look
$ coop frobnicate
! coop: error: 'frobnicate' is not a coop command; see 'coop help'
[2]
