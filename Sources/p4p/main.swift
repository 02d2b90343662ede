print("p4p")
