nop
  .inner
halt
