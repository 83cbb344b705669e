# Timeslice test program: each thread adds 1 to the counter at 3000, %bx times, without a lock.
.start
mov 3000, %ax    # load the counter
add $1, %ax      # one more
mov %ax, 3000    # store it back
sub $1, %bx      # one fewer to go
test $0, %bx
jgt .start
halt
