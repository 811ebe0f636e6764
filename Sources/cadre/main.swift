print("cadre")
