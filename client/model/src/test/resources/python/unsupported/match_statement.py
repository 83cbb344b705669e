# expect: line 3, column 1: a match statement is not supported
command = "go"
match command:
    case "go":
        pass
