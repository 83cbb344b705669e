# Timeslice test program: thread with %ax = 1 waits until the one with %ax = 0 sets the flag at 3016.
test $0, %ax
je .producer
.consume
mov 3016, %cx
test $1, %cx
jne .consume
mov 3020, %dx        # read what was produced
halt
.producer
mov $7, 3020
mov $1, 3016
halt
