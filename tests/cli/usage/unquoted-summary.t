# a summary with spaces, not quoted: say so, and show it quoted
$ coop log 2h Fix checkout flow
! coop: error: unexpected 'checkout flow' after the summary 'Fix'; quote the summary: coop log 2h "Fix checkout flow"
[2]
