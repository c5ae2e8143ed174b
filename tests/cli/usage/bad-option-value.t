# a value an option does not take: the nearest, and the ones it does
$ coop --color awlays validate
! coop: error: 'awlays' is not a value of --color (did you mean 'always'?); use auto, always or never
[2]
