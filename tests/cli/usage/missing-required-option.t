# a required option left out: which, and what it is
$ coop revenue add 10
! coop: error: coop revenue add needs --party NAME (Who paid, or who was paid); see 'coop help revenue add'
[2]
