# Timeslice test program: a ticket lock (fetchadd) at 3008 (next ticket) and 3012 (now serving).
.var unused
.round
mov $1, %ax
fetchadd %ax, 3008   # my ticket in %ax
.wait
mov 3012, %cx
test %cx, %ax
jne .wait
mov 3000, %dx        # critical section
add $1, %dx
mov %dx, 3000
mov $1, %ax
fetchadd %ax, 3012   # serve the next ticket
sub $1, %bx
test $0, %bx
jgt .round
halt
