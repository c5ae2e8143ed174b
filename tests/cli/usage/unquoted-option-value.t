# an option's value with spaces, not quoted
$ coop review alice-20261103-k7q2 4 --comment Clean fix
! coop: error: unexpected 'fix' after --comment 'Clean'; quote the value: --comment "Clean fix"
[2]
