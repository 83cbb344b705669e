mov 3000, 3004
halt
