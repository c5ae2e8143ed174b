# coop alone: the usage and the everyday commands (as git), exit 2
$ coop
usage: coop [-C DIR] [--format FORMAT] [--color WHEN] [-q] COMMAND [ARGS]
       coop help COMMAND | coop --version

coop keeps the books of a peer-run co-op as YAML files in a git repository.

Everyday commands:
   init       Start a new ledger: coop.yaml, folders, CI, a first commit
   member     Join, leave, and list the members
   log        Log your work: append a contribution to contributions/YYYY/MM/<you>.yaml
   review     Review someone's contribution: append to reviews/YYYY/MM/<you>.yaml
   todo       List the contributions waiting for your review
   show       Show one contribution with its reviews, factor, points and history
   validate   Check every file of the ledger against every rule
   tally      Show review scores, factors and points of a period
   payout     Show who is paid what for a period, with the pools, the reserve and the reconciliation
   report     Show the books over periods, a member's statement, or write the transparency page

Deciding together: propose, consent, object, abstain, proposals, enact.
Also: revenue, expense, close, audit, history, hook, monitor, export, circle, pay.
See 'coop help COMMAND' for a command's options, 'coop --help' for all of them,
and 'man coop' for the manual.
[2]
