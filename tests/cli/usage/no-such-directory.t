# -C to a folder that is not there
$ coop -C /nonexistent validate
! coop: error: cannot change to '/nonexistent': no such directory
[2]
