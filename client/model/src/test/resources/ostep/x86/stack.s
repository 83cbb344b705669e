# Timeslice test program: calls, returns, pushes and pops on each thread's own stack.
mov $4, %cx
call .twice
push %cx
push 8(%cx)          # pushes an address, not a value
pop %dx
pop
mov %dx, 3024
halt
.twice
add %cx, %cx
ret
